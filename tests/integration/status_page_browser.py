"""Drives the status page in headless Chromium; see status_page_browser.sh."""
import argparse
import datetime
import json
import os
import sys
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

HOSTILE = '<script>window.pwned=1</script> "><img src=x onerror="window.pwned=2"> 500'


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def wait_for(what, predicate, seconds, seen=None):
    """Polls predicate until it answers; on timeout, seen() (if given) says what was last seen."""
    deadline = time.monotonic() + seconds
    error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as e:  # the page is mid-render
            error = e
        time.sleep(0.5)
    fail("timed out waiting for " + what + ("; last seen: " + seen() if seen else "") +
         ("; last error: %s: %s" % (type(error).__name__, str(error)[:300]) if error else ""))


def api(url, path):
    with urllib.request.urlopen(url.rstrip("/") + path, timeout=5) as r:
        return json.load(r)


def check_group_freshness(driver, url):
    """The log-group table shows each group's last line time and bytes behind from the API."""
    def shown():
        status = api(url, "/api/v1/status")
        api_group = next(g for g in status["log_groups"] if g["name"] == "aiLogsGroup")
        row = driver.find_element(By.CSS_SELECTOR, '#groups tbody tr[data-log-group="aiLogsGroup"]')
        last = row.find_element(By.CSS_SELECTOR, "td.last-line")
        behind = row.find_element(By.CSS_SELECTOR, "td.behind")
        page_time = last.get_attribute("data-time")
        if not page_time or api_group["last_line_time"] is None or not last.text.endswith(" ago"):
            return None
        # The generator writes all the time: both are within seconds of the API's now.
        age = [parse_iso(status["now"]) - parse_iso(t) for t in (page_time, api_group["last_line_time"])]
        if not all(0 <= a < 10 for a in age) or not behind.get_attribute("data-bytes").isdigit():
            return None
        return (last.text, behind.text, api_group["bytes_behind"])
    text, behind, api_behind = wait_for("the log group's last line time and lag", shown, 15)
    print("ok: log group aiLogsGroup: last line %s, behind %s (API: %d bytes)" % (text, behind, api_behind))


def check_filter_lines(driver, url, logs):
    """Each filter's last matching lines: the seed filter's lines on the page are the API's,
    and a hostile line it matched (written to a new file of the demo group) stays text."""
    hostile = "Error Exception " + HOSTILE
    with open(os.path.join(logs, "hostile.log"), "w") as f:
        f.write(hostile + "\n")
    selector = '#filters tbody tr[data-filter="anomalyMetricFilter"] ul.recent-lines li span.message'

    def same_as_api():
        f = next(f for f in api(url, "/api/v1/status")["filters"] if f["filter"] == "anomalyMetricFilter")
        listed = [l["message"] + (" …" if l["truncated"] else "") for l in f["recent_lines"]]
        shown = [li.get_attribute("textContent") for li in driver.find_elements(By.CSS_SELECTOR, selector)]
        return hostile in listed and shown == listed and shown
    shown = wait_for("the seed filter's last matching lines, the hostile one among them", same_as_api, 30)
    if len(shown) > 5:
        fail("more than 5 recent lines: %d" % len(shown))
    if driver.find_elements(By.CSS_SELECTOR, "#filters img, #filters script"):
        fail("a matched line became markup")
    if driver.execute_script("return window.pwned === undefined") is not True:
        fail("a matched line ran script")
    print("ok: filter anomalyMetricFilter shows its last %d matching lines as the API lists them; "
          "the hostile one as text" % len(shown))


def parse_iso(text):
    return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=datetime.timezone.utc).timestamp()


# The page redraws its pattern rows at every poll (3 s). With many patterns, reading them one
# WebDriver call at a time spans a redraw and finds detached rows, so they are read in one script.
PATTERN_ROWS_SCRIPT = """
return Array.from(document.querySelectorAll('#patterns table.patterns tbody tr[data-pattern-id]')).map(r => {
  const badge = r.querySelector('.badge-new');
  return {id: r.dataset.patternId, text: r.querySelector('.pattern-text').textContent,
          count: r.querySelector('td.count').innerText.replace(/,/g, ''),
          new: r.classList.contains('new-pattern'), badge: badge ? badge.innerText : null};
});
"""

SPARKLINE_SCRIPT = """
const svg = Array.from(document.querySelectorAll('#patterns tr[data-pattern-id] td.per-period svg'))
    .find(e => e.closest('tr').dataset.patternId === arguments[0]);
if (!svg) return null;
const path = svg.querySelector('path.series');
return {titles: Array.from(svg.querySelectorAll('circle.point')).map(c => c.querySelector('title').textContent),
        count: path ? path.dataset.count : null};
"""


def pattern_rows(driver):
    return driver.execute_script(PATTERN_ROWS_SCRIPT)


def check_patterns(driver, url):
    """The detector's patterns on the overview: a listed pattern's count is the API's, new
    patterns are marked, and the listed anomalies show with their example lines as text."""
    group = "aiLogsGroup"
    # The demo group's detector, and the AI pack's on its training group.
    watched = api(url, "/api/v1/status").get("pattern_log_groups")
    if watched != sorted([group, "aiTraining"]):
        fail("pattern_log_groups is %r, not [%s, aiTraining]" % (watched, group))
    wait_for("the patterns section", lambda: driver.find_element(By.ID, "patterns-section").is_displayed(), 15)

    last = {}

    def count_matches():
        shown = {r["id"]: (r["text"], r["count"], r["new"]) for r in pattern_rows(driver)}
        listed = api(url, "/api/v1/patterns?log_group=" + group)["detectors"]
        last.update(page=shown, api={p["pattern_id"]: (p["pattern"], p["count"], p["new"])
                                     for d in listed for p in d["patterns"]})
        for d in listed:
            for p in d["patterns"]:
                s = shown.get(p["pattern_id"])
                if s and s[0] == p["pattern"] and s[1] == str(p["count"]) and s[2] == p["new"]:
                    return p
        return None

    # Counts grow between the page's poll and ours: a pattern that did not grow in between matches.
    p = wait_for("a pattern whose count on the page is the API's", count_matches, 20,
                 lambda: json.dumps(last, indent=1)[:6000])
    print("ok: patterns section lists %r with count %d as the API does" % (p["pattern"][:60], p["count"]))

    # Each pattern's sparkline: one point per evaluation period of the API's "counts" (closed
    # periods, then the open one), each titled with its start and count.
    def sparkline_matches():
        for d in api(url, "/api/v1/patterns?log_group=" + group)["detectors"]:
            for p in d["patterns"]:
                wanted = ["%s: %s" % (c["start"], c["count"]) for c in p["counts"]]
                if len(wanted) < 3 or not any(c["count"] for c in p["counts"][:-1]):
                    continue
                drawn = driver.execute_script(SPARKLINE_SCRIPT, p["pattern_id"])
                if drawn and drawn["titles"] == wanted and drawn["count"] == str(len(wanted)):
                    return p, wanted
        return None
    p, points = wait_for("a pattern's sparkline with the API's per-period counts", sparkline_matches, 40)
    print("ok: pattern %r sparkline draws the API's %d per-period counts, last %s" % (
        p["pattern"][:40], len(points), points[-1]))
    if driver.find_elements(By.CSS_SELECTOR, "#patterns td.logline > span.pattern-text *"):
        fail("a pattern became markup")
    # The generator's failure wordings appear after the 5 s learning period: new patterns.
    def new_marked():
        rows = [r for r in pattern_rows(driver) if r["new"]]
        fresh = {p["pattern_id"] for d in api(url, "/api/v1/patterns?log_group=" + group)["detectors"]
                 for p in d["patterns"] if p["new"]}
        return [(r["id"], r["badge"]) for r in rows if r["id"] in fresh]
    fresh = wait_for("a new pattern highlighted", new_marked, 30)
    if any(badge != "new" for _, badge in fresh):
        fail("a new pattern is highlighted without the word: %r" % fresh)
    listed = api(url, "/api/v1/anomalies")["anomalies"]
    if listed:
        wanted = {a["anomalyId"] for a in listed}
        wait_for("the API's anomalies on the page", lambda: wanted & {
            r.get_attribute("data-anomaly-id") for r in driver.find_elements(By.CSS_SELECTOR, "#anomalies tbody tr")}, 10)
    print("ok: %d new pattern(s) highlighted, %d anomalies listed by the API" % (len(fresh), len(listed)))


def check_deliveries(driver, url, shown_alarm, screenshots):
    """The seed alarm notifies pageSink (a local sink answering 200) and deadSink (a port nothing
    listens on): its alarm page lists, per transition, each target with the API's delivery
    state: delivered, and retrying with its attempts."""
    alarm = "anomalyAlarm"
    if shown_alarm != alarm:
        driver.get(url + "#/alarm/" + alarm)
    path = "/api/v1/deliveries?alarm=" + alarm

    def states():
        listed = api(url, path)["deliveries"]
        by_target = {d["target"]: d for d in listed if d["to"] == "ALARM"}
        sink, dead = by_target.get("pageSink"), by_target.get("deadSink")
        if not sink or sink["state"] != "delivered" or not dead or dead["state"] != "retrying":
            return None
        return listed
    listed = wait_for("the seed alarm's notifications delivered and retrying", states, 60)

    def page_matches():
        api_rows = [(d["event_id"], d["target"], d["state"], str(d["attempts"]))
                    for d in api(url, path)["deliveries"]]
        rows = driver.find_elements(By.CSS_SELECTOR, "#alarm-deliveries tbody tr")
        page_rows = [(r.get_attribute("data-event-id"), r.get_attribute("data-target"),
                      r.get_attribute("data-state"), r.get_attribute("data-attempts")) for r in rows]
        if page_rows != api_rows:
            return None
        texts = {}  # the newest notification per target
        for r in rows:
            texts.setdefault(r.get_attribute("data-target"), r.find_element(By.CSS_SELECTOR, "td.delivery").text)
        dead = next(d for d in api(url, path)["deliveries"] if d["target"] == "deadSink")
        event = dead["event_id"]
        sent = driver.find_element(By.CSS_SELECTOR, '#alarm-transitions tr[data-event-id="%s"] td.sent' % event).text
        if "pageSink: delivered" not in sent or "deadSink: retrying" not in sent:
            return None
        return texts, dead
    texts, dead = wait_for("the alarm page's delivery table to match the API", page_matches, 20)
    if not texts.get("deadSink", "").startswith("retrying (") or texts.get("pageSink") != "delivered":
        fail("unexpected delivery cells: %r" % texts)
    if not dead["last_attempt"] or "connect_error" not in dead["error"]:
        fail("deadSink has no last attempt or error: %r" % dead)
    driver.execute_script("document.getElementById('alarm-deliveries').scrollIntoView()")
    driver.save_screenshot(os.path.join(screenshots, "status-alarm-notifications.png"))
    print("ok: alarm page shows the seed alarm's %d notifications as the API lists them: pageSink %s, "
          "deadSink %s, last error %r" % (len(listed), texts["pageSink"], texts["deadSink"], dead["error"][:60]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--driver", required=True)
    parser.add_argument("--profile", required=True)
    parser.add_argument("--screenshots", required=True)
    parser.add_argument("--secure-url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--demo-logs", required=True)
    args = parser.parse_args()
    os.makedirs(args.screenshots, exist_ok=True)

    # The daemon must answer before the browser opens the page.
    wait_for("tailwatchd", lambda: api(args.url, "/api/v1/status"), 20)

    options = webdriver.ChromeOptions()
    options.binary_location = args.chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1280,1000",
                 "--user-data-dir=" + args.profile):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(args.driver), options=options)
    try:
        start = time.monotonic()
        driver.get(args.url)
        wait_for("the first poll", lambda: driver.find_elements(By.CSS_SELECTOR, "#alarms tbody tr[data-alarm]"), 20)

        # An alarm turns ALARM on the page (the seed alarm does within about a minute).
        row = wait_for("an alarm row in ALARM",
                       lambda: driver.find_elements(By.CSS_SELECTOR, '#alarms tbody tr[data-state="ALARM"]'),
                       90)[0]
        name = row.get_attribute("data-alarm")
        first = driver.find_element(By.CSS_SELECTOR, "#alarms tbody tr")
        if first.get_attribute("data-state") != "ALARM":
            fail("alarms in ALARM are not listed first")
        badge = row.find_element(By.CSS_SELECTOR, ".state")
        if badge.text != "ALARM":
            fail("state word missing: %r" % badge.text)
        colour = badge.value_of_css_property("background-color")
        print("ok: %s in ALARM on the page after %.0f s (badge colour %s)" % (name, time.monotonic() - start, colour))
        wait_for("the log groups' read rate", lambda: any(
            td.text not in ("", "–") for td in driver.find_elements(By.CSS_SELECTOR, "#groups tbody td:nth-child(2)")), 15)
        check_group_freshness(driver, args.url)
        check_filter_lines(driver, args.url, args.demo_logs)
        check_patterns(driver, args.url)
        driver.execute_script("document.getElementById('patterns-section').scrollIntoView()")
        driver.save_screenshot(os.path.join(args.screenshots, "status-patterns.png"))
        driver.execute_script("document.getElementById('groups').scrollIntoView()")
        driver.save_screenshot(os.path.join(args.screenshots, "status-logs.png"))
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(args.screenshots, "status-overview.png"))

        # Its alarm page: the chart's path has one point per non-null datapoint of the API.
        driver.get(args.url + "#/alarm/" + urllib.parse.quote(name, safe=""))
        path = wait_for("the alarm chart", lambda: driver.find_elements(By.CSS_SELECTOR, "#alarm-chart svg path.series"), 10)[0]
        alarms = api(args.url, "/api/v1/alarms")["alarms"]
        alarm = next(a for a in alarms if a["name"] == name)
        expected = [d["value"] for d in alarm["recent_datapoints"] if d["value"] is not None]

        def drawn_matches():
            p = driver.find_element(By.CSS_SELECTOR, "#alarm-chart svg path.series")
            d = p.get_attribute("d")
            points = d.replace("M", " ").split("L")
            circles = driver.find_elements(By.CSS_SELECTOR, "#alarm-chart svg circle.point")
            titles = [c.find_element(By.TAG_NAME, "title").get_attribute("textContent") for c in circles]
            values = [float(t.rsplit(": ", 1)[1]) for t in titles]
            return len(points) == len(expected) and values == [float(v) for v in expected]

        wait_for("the chart to draw the API's %d datapoints" % len(expected), drawn_matches, 10)
        if not driver.find_elements(By.CSS_SELECTOR, "#alarm-chart svg line.threshold"):
            fail("no threshold line")
        history = api(args.url, "/api/v1/alarm-history?alarm=" + urllib.parse.quote(name, safe=""))
        if not history["transitions"] or history["transitions"][0]["to"] != "ALARM":
            fail("no persisted transition to ALARM: %r" % history)
        wait_for("the persisted transition on the alarm page", lambda: history["transitions"][0]["time"] in
                 driver.find_element(By.ID, "alarm-transitions").text, 10)
        wait_for("the state timeline", lambda: driver.find_elements(By.CSS_SELECTOR, "#alarm-timeline rect.span-ALARM"), 10)
        print("ok: alarm page chart drew %d datapoints %s with the threshold line" % (len(expected), expected))
        # The log lines behind the breaching datapoints, as text, as the API lists them.
        def lines_shown():
            listed = [l["message"] for l in next(a for a in api(args.url, "/api/v1/alarms")["alarms"]
                                                 if a["name"] == name)["sample_lines"]]
            cells = [td.text for td in driver.find_elements(By.CSS_SELECTOR, "#alarm-lines tbody td.logline")]
            return listed and [c.rstrip(" …") for c in cells] == [m.strip() for m in listed] and listed
        shown = wait_for("the alarm's sample lines on its page", lines_shown, 10)
        if driver.find_elements(By.CSS_SELECTOR, "#alarm-lines tbody td.logline *"):
            fail("a sample line became markup")
        print("ok: alarm page shows its %d sample lines, first %r" % (len(shown), shown[0][:80]))
        check_deliveries(driver, args.url, name, args.screenshots)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(args.screenshots, "status-alarm.png"))

        # The pattern tester: a match with extracted values, and a hostile line as text.
        driver.get(args.url + "#/")
        wait_for("the overview", lambda: driver.find_element(By.ID, "test-form").is_displayed(), 10)
        driver.find_element(By.ID, "test-pattern").send_keys("[ip, user, status=5*, ...]")
        driver.find_element(By.ID, "test-lines").send_keys("10.0.0.1 alice 200 ok\n10.0.0.2 bob 503 slow")
        driver.find_element(By.CSS_SELECTOR, "#test-form button").click()
        items = wait_for("the test results",
                         lambda: driver.find_elements(By.CSS_SELECTOR, "#test-results li"), 10)
        texts = [i.text for i in items]
        if len(items) != 1 or "10.0.0.2 bob 503 slow" not in texts[0] or "$status=503" not in texts[0]:
            fail("unexpected test results: %r" % texts)
        matched = texts[0].split("\n")[0]
        driver.save_screenshot(os.path.join(args.screenshots, "status-test-pattern.png"))

        # A hostile log line comes back from the daemon and must stay text.
        for field, text in (("test-pattern", "onerror"), ("test-lines", HOSTILE)):
            driver.find_element(By.ID, field).clear()
            driver.find_element(By.ID, field).send_keys(text)
        driver.find_element(By.CSS_SELECTOR, "#test-form button").click()
        wait_for("the hostile line's result", lambda: HOSTILE in driver.find_element(By.ID, "test-results").text, 10)
        if driver.find_elements(By.CSS_SELECTOR, "#test-results img, #test-results script"):
            fail("the hostile line became markup")
        if driver.execute_script("return window.pwned === undefined") is not True:
            fail("the hostile line ran script")
        print("ok: pattern tester matched %r; the hostile line rendered as text" % matched)
        # protect_metrics: the JSON needs the token; the page asks once and keeps it in the tab.
        with_token = urllib.request.Request(args.secure_url + "api/v1/status",
                                            headers={"Authorization": "Bearer " + args.token})
        wait_for("the protected daemon", lambda: urllib.request.urlopen(with_token, timeout=5), 20)
        driver.get(args.secure_url)
        wait_for("the token prompt", lambda: driver.find_element(By.ID, "token-form").is_displayed(), 10)
        if driver.find_elements(By.CSS_SELECTOR, "#alarms tbody tr[data-alarm]"):
            fail("alarms shown without the token")
        driver.find_element(By.ID, "token").send_keys(args.token)
        driver.find_element(By.CSS_SELECTOR, "#token-form button").click()
        wait_for("the protected alarms", lambda: driver.find_elements(
            By.CSS_SELECTOR, '#alarms tbody tr[data-alarm="secureErrors"]'), 10)
        if driver.find_element(By.ID, "token-form").is_displayed():
            fail("the token prompt stayed after a good token")
        if driver.execute_script("return sessionStorage.getItem('tailwatch-token')") != args.token:
            fail("the token is not in the tab's session storage")
        driver.refresh()
        wait_for("the alarms after a reload, without asking again", lambda: driver.find_elements(
            By.CSS_SELECTOR, '#alarms tbody tr[data-alarm="secureErrors"]'), 10)
        print("ok: protect_metrics: the page asked for the token once and used it")
        print("ok: status page checks done in %.0f s" % (time.monotonic() - start))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
