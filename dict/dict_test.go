package dict

import "testing"

func TestFilesAreEmbedded(t *testing.T) {
	for _, name := range []string{"userdict.txt", "rules.toml", "boilerplate.txt", "measure_words.txt", "stopwords.txt"} {
		if len(File(name)) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("File of a missing name did not panic")
		}
	}()
	File("no-such-file.txt")
}
