package pipeline

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// dedupFloor is the pair precision and recall below which TestDedupDevSet
// fails: the target.
const dedupFloor = 0.95

// TestDedupDevSet clusters the planted reposts of testdata/dedup among the
// 60 distinct reports of testdata/extract and scores the clusters pair by
// pair: a pair is two documents in one cluster.
func TestDedupDevSet(t *testing.T) {
	var files []string
	for _, dir := range []string{"extract", "dedup"} {
		all, err := filepath.Glob(filepath.Join("../testdata", dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range all {
			if ext := filepath.Ext(f); ext == ".txt" || ext == ".html" {
				if filepath.Base(f) != "clusters.txt" {
					files = append(files, f)
				}
			}
		}
	}
	sort.Strings(files)
	fps := make([]*dedup.Fingerprint, len(files))
	for i, f := range files {
		doc, err := ingest.Read(f, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		fp, err := dedup.Decode(fingerprint(doc))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		fps[i] = &fp
	}
	c := dedup.Cluster(fps, dedup.DefaultThreshold)

	name := func(i int) string { rel, _ := filepath.Rel("../testdata", files[i]); return rel }
	gold := goldClusters(t, "../testdata/dedup/clusters.txt")
	goldPairs, gotPairs := map[[2]string]bool{}, map[[2]string]bool{}
	for _, cl := range gold {
		addPairs(goldPairs, cl)
	}
	for _, g := range c.Groups() {
		var names []string
		for _, i := range g {
			names = append(names, name(i))
		}
		addPairs(gotPairs, names)
		t.Logf("cluster: %s", strings.Join(names, " "))
	}
	tp := 0
	for p := range gotPairs {
		if goldPairs[p] {
			tp++
		} else {
			t.Logf("false pair: %s ~ %s", p[0], p[1])
		}
	}
	for p := range goldPairs {
		if !gotPairs[p] {
			t.Logf("missed pair: %s ~ %s", p[0], p[1])
		}
	}
	// How far apart the planted reposts and the rest are, for the
	// threshold: each planted document's best similarity within its cluster
	// (the link that must hold), against the highest of any other pair.
	index := map[string]int{}
	for i := range files {
		index[name(i)] = i
	}
	weakest, maxOther, other := 1.0, 0.0, ""
	for _, cl := range gold {
		for _, a := range cl {
			best := 0.0
			for _, b := range cl {
				if a != b {
					best = max(best, fps[index[a]].Similarity(fps[index[b]]))
				}
			}
			weakest = min(weakest, best)
		}
	}
	for i := range fps {
		for j := i + 1; j < len(fps); j++ {
			a, b := name(i), name(j)
			if a > b {
				a, b = b, a
			}
			if s := fps[i].Similarity(fps[j]); !goldPairs[[2]string{a, b}] && s > maxOther {
				maxOther, other = s, a+" ~ "+b
			}
		}
	}
	t.Logf("weakest link of a planted repost %.3f; highest similarity of any other pair %.3f (%s)", weakest, maxOther, other)
	precision, recall := ratio(tp, len(gotPairs)), ratio(tp, len(goldPairs))
	t.Logf("%d documents, %d planted pairs: pair precision %.3f, recall %.3f (threshold %.2f)",
		len(files), len(goldPairs), precision, recall, dedup.DefaultThreshold)
	if precision < dedupFloor || recall < dedupFloor {
		t.Errorf("pair precision %.3f, recall %.3f: want both ≥ %.2f", precision, recall, dedupFloor)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func addPairs(pairs map[[2]string]bool, members []string) {
	for i := range members {
		for j := i + 1; j < len(members); j++ {
			a, b := members[i], members[j]
			if a > b {
				a, b = b, a
			}
			pairs[[2]string{a, b}] = true
		}
	}
}

func goldClusters(t *testing.T, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Fields(line))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
