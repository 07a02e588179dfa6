package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// temporary: dump tokens of the dev documents
func TestEntityDebugDump(t *testing.T) {
	if os.Getenv("ZJ_DUMP") == "" {
		t.Skip()
	}
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	files := strings.Fields(os.Getenv("ZJ_DUMP"))
	for _, f := range files {
		doc, err := ingest.Read(f, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		tk := seg.Cut(doc)
		var b strings.Builder
		for _, x := range tk {
			fmt.Fprintf(&b, "%s/%s ", x.Text, x.POS)
			if strings.ContainsAny(x.Text, "。\n；！") {
				b.WriteString("\n")
			}
		}
		os.WriteFile(filepath.Join("/tmp/ent", filepath.Base(f)), []byte(b.String()), 0o644)
	}
}
