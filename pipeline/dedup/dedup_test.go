package dedup

import (
	"os"
	"strings"
	"testing"
)

const report = "社区组织志愿者32人对辖区背街小巷进行清扫，清理垃圾1.5吨，清除小广告200余处。志愿者分成4组走访独居老人18户，帮助老人打扫卫生、整理房间。"

func TestSimilarity(t *testing.T) {
	for _, c := range []struct {
		name   string
		a, b   string
		lo, hi float64
	}{
		{"same text", report, report, 1, 1},
		{"punctuation, spaces and width differ", report, strings.NewReplacer("，", ",", "。", ". ", "32", "３２").Replace(report), 1, 1},
		{"letters differ in case only", "ABC社区志愿服务队", "abc社区志愿服务队", 1, 1},
		{"one word changed", report, strings.Replace(report, "独居", "空巢", 1), 0.75, 0.98},
		{"numbers changed", report, strings.NewReplacer("32", "41", "1.5", "2.7", "200", "350", "18", "25").Replace(report), 0.3, 0.8},
		{"different report", report, "街道举办重阳节文艺演出，辖区6支老年文艺队表演了广场舞、京剧选段和太极拳，观众300余人。", 0, 0.1},
	} {
		a, okA := Sign(c.a)
		b, okB := Sign(c.b)
		if !okA || !okB {
			t.Fatalf("%s: not signed", c.name)
		}
		if s := Similarity(&a, &b); s < c.lo || s > c.hi {
			t.Errorf("%s: similarity %.3f, want %.2f–%.2f", c.name, s, c.lo, c.hi)
		}
	}
}

func TestSignTooShort(t *testing.T) {
	for _, s := range []string{"", "。。，", "社区活", "a b c d"} {
		if _, ok := Sign(s); ok {
			t.Errorf("Sign(%q) signed a text of fewer than %d characters", s, Shingle)
		}
	}
	if _, ok := Sign("社区活动总"); !ok {
		t.Errorf("a text of exactly %d characters is not signed", Shingle)
	}
}

func TestEncodeDecode(t *testing.T) {
	fp, ok := FingerprintOf(report+"\n"+report, [][2]int{{0, 20}, {30, 60}, {5, 4}, {0, 10_000}})
	if !ok {
		t.Fatal("not signed")
	}
	if len(fp.Sections) != 2 {
		t.Fatalf("%d sections, want 2 (an empty and an out-of-range span are skipped)", len(fp.Sections))
	}
	got, err := Decode(fp.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if got.Body != fp.Body || got.Whole != fp.Whole || len(got.Sections) != 2 || got.Sections[1] != fp.Sections[1] {
		t.Errorf("round trip changed the fingerprint")
	}
	for _, bad := range []string{"", "!!!", "AAAA", fp.Encode()[:40]} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode(%q) gave no error", bad)
		}
	}
}

func sign(t *testing.T, text string) *Fingerprint {
	t.Helper()
	fp, ok := FingerprintOf(text, nil)
	if !ok {
		t.Fatalf("not signed: %q", text)
	}
	return &fp
}

func TestCluster(t *testing.T) {
	other := "街道举办重阳节文艺演出，辖区6支老年文艺队表演了广场舞、京剧选段和太极拳，观众300余人，反响热烈。"
	longer := report + "活动得到了居民的一致好评。"
	fps := []*Fingerprint{
		sign(t, report),
		nil, // too short to sign: repeats nothing
		sign(t, other),
		sign(t, longer), // the longest copy: canonical
		sign(t, report), // an exact copy of 0, the same length: 0 comes first
	}
	c := Cluster(fps, DefaultThreshold)
	want := []int{3, 1, 2, 3, 3}
	for i, w := range want {
		if c.Canonical[i] != w {
			t.Errorf("document %d: canonical %d, want %d", i, c.Canonical[i], w)
		}
	}
	if c.Similarity[3] != 0 || c.Similarity[0] < DefaultThreshold || c.Similarity[2] != 0 {
		t.Errorf("similarities %v", c.Similarity)
	}
	groups := c.Groups()
	if len(groups) != 1 || len(groups[0]) != 3 || groups[0][0] != 3 || groups[0][1] != 0 || groups[0][2] != 4 {
		t.Errorf("groups %v, want [[3 0 4]]", groups)
	}
}

func TestClusterSection(t *testing.T) {
	other := "街道举办重阳节文艺演出，辖区6支老年文艺队表演了广场舞、京剧选段和太极拳，观众300余人，反响热烈。"
	page := "【篇一】\n" + other + "\n【篇二】\n" + report
	n := len([]rune("【篇一】\n" + other + "\n"))
	fpPage, _ := FingerprintOf(page, [][2]int{{0, n}, {n, len([]rune(page))}})
	standalone := sign(t, report)
	c := Cluster([]*Fingerprint{standalone, &fpPage}, DefaultThreshold)
	if c.Canonical[0] != 1 || c.Similarity[0] < 0.9 {
		t.Errorf("a report that is one section of a page: canonical %d similarity %.3f, want the page, ≥ 0.9", c.Canonical[0], c.Similarity[0])
	}
	// Two pages sharing one section are not matched section to section.
	page2 := "【篇一】\n" + report + "\n【篇二】\n" + "社区开展垃圾分类入户宣传，网格员和志愿者逐户讲解分类知识，发放宣传册1200份、分类垃圾桶300套，并在小区设置了8个督导点，每天安排两名督导员值守。"
	m := len([]rune("【篇一】\n" + report + "\n"))
	fpPage2, _ := FingerprintOf(page2, [][2]int{{0, m}, {m, len([]rune(page2))}})
	if c := Cluster([]*Fingerprint{&fpPage, &fpPage2}, DefaultThreshold); c.IsDuplicate(0) || c.IsDuplicate(1) {
		t.Errorf("two pages sharing only a section were merged")
	}
}

func TestClusterDeterministic(t *testing.T) {
	var fps []*Fingerprint
	for i := range 200 {
		text := strings.Repeat(string(rune('一'+i%50)), 3) + report
		fps = append(fps, sign(t, text))
	}
	a, b := Cluster(fps, DefaultThreshold), Cluster(fps, DefaultThreshold)
	for i := range fps {
		if a.Canonical[i] != b.Canonical[i] || a.Similarity[i] != b.Similarity[i] {
			t.Fatalf("document %d clustered differently on a second run", i)
		}
	}
}

func FuzzDecodeFingerprint(f *testing.F) {
	fp, _ := FingerprintOf(report, nil)
	f.Add(fp.Encode())
	f.Add("")
	f.Add("AAAAAA")
	f.Fuzz(func(t *testing.T, s string) {
		fp, err := Decode(s)
		if err != nil {
			return
		}
		again, err := Decode(fp.Encode())
		if err != nil || again.Body != fp.Body || again.Whole != fp.Whole || len(again.Sections) != len(fp.Sections) {
			t.Fatalf("re-encoding a decoded fingerprint changed it")
		}
	})
}

// TestClusterPasses checks that sorting the band keys in many passes over
// ranges of key values gives the clusters of one pass over all of them.
func TestClusterPasses(t *testing.T) {
	other := "街道举办重阳节文艺演出，辖区6支老年文艺队表演了广场舞、京剧选段和太极拳，观众300余人，反响热烈。"
	var fps []*Fingerprint
	for i := range 120 {
		base := report
		if i%3 == 0 {
			base = other
		}
		// Documents differing in a few characters: reposts of two reports.
		fps = append(fps, sign(t, strings.Repeat(string(rune('一'+i%7)), 1+i%4)+base))
	}
	one := Cluster(fps, DefaultThreshold)
	defer func(n int) { keysPerPass = n }(keysPerPass)
	keysPerPass = 50 // 120 × Bands keys: 77 passes
	many := Cluster(fps, DefaultThreshold)
	dups := 0
	for i := range fps {
		if one.Canonical[i] != many.Canonical[i] || one.Similarity[i] != many.Similarity[i] {
			t.Errorf("document %d: canonical %d similarity %.3f in passes, %d %.3f in one", i,
				many.Canonical[i], many.Similarity[i], one.Canonical[i], one.Similarity[i])
		}
		if one.IsDuplicate(i) {
			dups++
		}
	}
	if dups < 100 {
		t.Errorf("%d of 120 documents found reposts, want at least 100 (the test needs clusters)", dups)
	}
	for key, p := uint64(0), 0; p < 5; p++ {
		// keyRange cuts the key values into equal, ordered ranges.
		if r := keyRange(key, 5); r != p {
			t.Errorf("keyRange(%#x, 5) = %d, want %d", key, r, p)
		}
		key += ^uint64(0)/5 + 1
	}
	if r := keyRange(^uint64(0), 5); r != 4 {
		t.Errorf("keyRange(max, 5) = %d, want 4", r)
	}
}

// TestStoreCluster checks that fingerprints kept in a Store (signatures in
// a file) give the clusters of the same fingerprints in memory, pages of
// several sections and documents without a fingerprint among them.
func TestStoreCluster(t *testing.T) {
	other := "街道举办重阳节文艺演出，辖区6支老年文艺队表演了广场舞、京剧选段和太极拳，观众300余人，反响热烈。"
	page := "【篇一】\n" + other + "\n【篇二】\n" + report
	n := len([]rune("【篇一】\n" + other + "\n"))
	var fps []*Fingerprint
	for i := range 60 {
		switch i % 4 {
		case 0:
			fp, _ := FingerprintOf(page, [][2]int{{0, n}, {n, len([]rune(page))}})
			fps = append(fps, &fp)
		case 1:
			fps = append(fps, nil)
		default:
			fps = append(fps, sign(t, strings.Repeat(string(rune('一'+i%5)), 1+i%3)+report))
		}
	}
	var s Store
	defer s.Close()
	for _, fp := range fps {
		if err := s.Add(fp); err != nil {
			t.Fatal(err)
		}
	}
	want := Cluster(fps, DefaultThreshold)
	got, err := s.Cluster(DefaultThreshold)
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != len(fps) || len(want.Groups()) == 0 {
		t.Fatalf("%d documents stored of %d, %d clusters: the test needs clusters", s.Len(), len(fps), len(want.Groups()))
	}
	for i := range fps {
		if got.Canonical[i] != want.Canonical[i] || got.Similarity[i] != want.Similarity[i] {
			t.Errorf("document %d: canonical %d similarity %.3f from the store, %d %.3f in memory", i,
				got.Canonical[i], got.Similarity[i], want.Canonical[i], want.Similarity[i])
		}
	}
	if name := s.file.Name(); s.Close() != nil {
		t.Error("Close failed")
	} else if _, err := os.Stat(name); !os.IsNotExist(err) {
		t.Errorf("the store's file %s is left after Close", name)
	}
}
