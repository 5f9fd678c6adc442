package org.reviewactions.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that would change something when the browser says it was sent by another site: a
 * {@code Sec-Fetch-Site} of {@code cross-site} or {@code same-site}, or an {@code Origin} that is not the
 * application's own ({@code rat.public-url}, or the address the request was sent to). Browsers replay cached HTTP
 * Basic credentials and cookies on such requests, so a page elsewhere could otherwise import a plan or complete a
 * task as the person reading it. Machine clients send neither header and are not affected; reads are not refused.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final String publicOrigin;

  CrossSiteRequestFilter(String publicUrl) {
    this.publicOrigin = origin(URI.create(publicUrl.strip()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String refusal = SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) ? null : refusal(request);
    if (refusal != null) {
      Refusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, refusal);
      return;
    }
    chain.doFilter(request, response);
  }

  private String refusal(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
      return "Refused: the browser says this request was sent by another site (Sec-Fetch-Site: " + site.strip()
          + "). Changes are accepted only from this application's own pages, or from programs that are not browsers.";
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return null;
    }
    String claimed = originOf(origin);
    if (claimed != null && (claimed.equals(publicOrigin) || claimed.equals(ownOrigin(request)))) {
      return null;
    }
    return "Refused: this request was sent from " + printable(origin) + ", not from this application (" + publicOrigin
        + "). Changes are accepted only from this application's own pages, or from programs that are not browsers.";
  }

  private static String originOf(String header) {
    try {
      URI uri = URI.create(header.strip());
      return uri.getScheme() == null || uri.getHost() == null ? null : origin(uri);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String ownOrigin(HttpServletRequest request) {
    return origin(request.getScheme(), request.getServerName(), request.getServerPort());
  }

  private static String origin(URI uri) {
    return origin(uri.getScheme(), uri.getHost(), uri.getPort());
  }

  private static String origin(String scheme, String host, int port) {
    String s = scheme.toLowerCase(Locale.ROOT);
    boolean defaultPort = port == -1 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
    return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  /** Keeps a hostile header from writing control characters or a novel into the answer. */
  private static String printable(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
  }
}
