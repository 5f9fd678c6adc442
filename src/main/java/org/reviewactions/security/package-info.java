/**
 * Sign-in and the guards around the engine: one Spring Security sign-in for pages, webapps and REST, security
 * headers and CSRF, the engine plugins that guard queries, task completion and passwords.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.reviewactions.security;

