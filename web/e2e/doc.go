// Package e2e holds the end-to-end tests of the web page: they build the real
// baocao binary, run "baocao run" on a temporary data directory with sample
// reports in its inbox, and drive Debian's headless Chromium through the pages
// as an analyst and an admin would, keeping a screenshot of each page.
//
// Screenshots go to $BAOCAO_SCREENSHOTS, or to artifacts/screenshots at the
// module root; CI keeps that folder.
package e2e
