/*
 * Loaded by csp.html before profiad. Records every Content-Security-Policy and
 * Trusted Types violation on window.__cspViolations, so the embedding test can
 * check there were none, and counts profiad-load events.
 */
window.__cspViolations = [];
window.__profiadLoads = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push({
    directive: event.violatedDirective,
    effective: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile + ':' + event.lineNumber,
  });
});
document.addEventListener('profiad-load', () => {
  window.__profiadLoads += 1;
});
