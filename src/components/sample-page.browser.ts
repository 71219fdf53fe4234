/**
 * What a page with samples or exercises runs, as one module (SampleScripts.astro; why one: see
 * site-page.browser.ts). Each part finds its own elements and does nothing where there are none,
 * so the practice page, with exercises only, runs it too. In the order the components stand in a
 * sample.
 */
import "./layout-toggle.browser.ts";
import "./python-run/python-sample.browser.ts";
import "./copy-python.browser.ts";
import "./run-panel/lesson-page.browser.ts";
import "./expected-tabs.browser.ts";
import "./exercise-language.browser.ts";
