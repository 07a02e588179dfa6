// Package testfiles walks the files that the equivalence tests check a
// fast path against on real text: every file of corpus/ and testdata/.
package testfiles

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// Each calls each with the path and the bytes of every file below root's
// corpus/ and testdata/ (root is the repository, relative to the test's
// package: "../.." for pipeline/ingest); a file it cannot read fails t.
func Each(t testing.TB, root string, each func(path string, data []byte)) {
	t.Helper()
	for _, dir := range []string{"corpus", "testdata"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			each(path, data)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
