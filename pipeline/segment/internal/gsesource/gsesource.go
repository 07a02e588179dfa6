// Package gsesource finds the inputs of the embedded word table in the
// module cache, for the generator and the staleness test; the segmenter
// itself never reads them at run time.
package gsesource

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Dictionary returns the version of the gse module this module requires and
// the text of its Simplified dictionary, the file LoadDictEmbed("zh_s")
// embeds.
func Dictionary() (version string, text []byte, err error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}\t{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		return "", nil, fmt.Errorf("go list gse: %v", err)
	}
	version, dir, ok := strings.Cut(strings.TrimSpace(string(out)), "\t")
	if !ok || dir == "" {
		return "", nil, fmt.Errorf("go list gse: unexpected output %q", out)
	}
	text, err = os.ReadFile(filepath.Join(dir, "data", "dict", "zh", "s_1.txt"))
	return version, text, err
}
