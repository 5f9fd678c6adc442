package org.reviewactions.indicator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /indicators/trends}: each indicator's figures over the quarters, a chart and a table per indicator. Who sees
 * which agency's figures is {@link Indicators#trends}' rule.
 */
@Controller
class TrendsPageController {

  private final Indicators indicators;
  private final org.reviewactions.shared.CurrentUser currentUser;

  TrendsPageController(Indicators indicators, org.reviewactions.shared.CurrentUser currentUser) {
    this.indicators = indicators;
    this.currentUser = currentUser;
  }

  @GetMapping("/indicators/trends")
  String trends(@RequestParam(required = false) String submitted, Model model) {
    model.addAttribute("submitted", submitted != null);
    model.addAttribute("trends", indicators.trends());
    model.addAttribute("planManager", currentUser.isPlanManager());
    model.addAttribute("width", TrendCharts.WIDTH);
    model.addAttribute("height", TrendCharts.HEIGHT);
    return "indicator/trends";
  }
}
