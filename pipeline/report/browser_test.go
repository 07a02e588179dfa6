package report

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium to drive: $ZONGJIE_CHROME, else the Debian
// package's command or another common name.
func chromium() string {
	if p := os.Getenv("ZONGJIE_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestReportInBrowser opens the sample's report in headless Chromium: every
// value of the record is a mark, and clicking one shows what was parsed.
func TestReportInBrowser(t *testing.T) {
	exe := chromium()
	if exe == "" {
		t.Skip("no Chromium found (install the Debian package chromium, or set ZONGJIE_CHROME): the report is not tested in a browser")
	}
	if testing.Short() {
		t.Skip("-short: no browser")
	}
	rec := sampleRecord(t, "2016-social-work-day-summary.txt")
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, writePage(t, &rec), 0o644); err != nil {
		t.Fatal(err)
	}
	values := len(rec.Quantities) + len(rec.Money) + len(rec.Dates) + len(rec.Periods) + len(rec.Entities)
	for _, h := range slices.Concat(rec.Types, rec.Mentioned) {
		values += len(h.At)
	}

	// The flags keep Chromium off the network: without them it calls Google.
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.WindowSize(1280, 1000),
	}
	// A bound on a hung browser, not a speed check.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ctx, cancel = chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	var mu sync.Mutex
	var thrown []string
	ctx, cancel = chromedp.NewContext(ctx, chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			mu.Lock()
			thrown = append(thrown, e.ExceptionDetails.Text)
			mu.Unlock()
		}
	}))
	defer cancel()

	fail := func(step string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("Chromium (%s): %s: %v", exe, step, err)
		}
	}
	first := rec.Quantities[0]
	fail("open the report", chromedp.Do(ctx, chromedp.Navigate("file://"+path)))
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`new Set([...document.querySelectorAll("article .m[data-id]")].map(m => m.dataset.id)).size`))
	fail("count the marks", err)
	fail("click the first quantity", chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`article .m[data-id="q1"]`))))
	value, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const dl = document.querySelector("#panel dl.k-quantity");
		if (!dl) return "";
		const dt = [...dl.querySelectorAll("dt")].find(dt => dt.textContent === "value");
		return dt ? dt.nextElementSibling.textContent : "";
	})()`))
	fail("read the panel", err)
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(80))
	fail("screenshot", err)
	mu.Lock()
	defer mu.Unlock()
	if marks != values {
		t.Errorf("%d marks in the browser, want %d (the values of the JSON record)", marks, values)
	}
	if want := strconv.FormatFloat(*first.Value, 'f', -1, 64); value != want || want != "226" {
		t.Errorf("clicked %s: the panel shows value %q, want %q", first.Text, value, want)
	}
	if len(thrown) > 0 {
		t.Errorf("the page's script threw: %v", thrown)
	}
	png := filepath.Join(dir, "report.png")
	if err := os.WriteFile(png, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d marks, clicked %s → value %s; screenshot %s (%d bytes)", marks, first.Text, value, png, len(shot))
}
