package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MailDatesTest {

  @Test
  void longDateSpellsOutDayAndMonthInBritishEnglish() {
    assertThat(MailDates.longDate(LocalDate.of(2027, 3, 12))).isEqualTo("Friday 12 March 2027");
    // 14 March 2027 is a Sunday.
    assertThat(MailDates.longDate(LocalDate.of(2027, 3, 14))).isEqualTo("Sunday 14 March 2027");
    assertThat(MailDates.longDate(LocalDate.of(2006, 9, 1))).isEqualTo("Friday 1 September 2006");
  }

  @Test
  void noDateSaysSo() {
    assertThat(MailDates.longDate(null)).isEqualTo("no date set");
  }
}
