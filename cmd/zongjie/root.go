package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/content"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// version is set by -ldflags "-X main.version=…"; go install fills it from
// the module version instead.
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// usageError marks errors in how zongjie was called (exit status 2).
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// usageArgs wraps a cobra argument check so its errors are usage errors.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "zongjie",
		Short: "Turn Chinese activity and work summaries into data and an Excel workbook",
		Long: `zongjie (总结) reads scraped Chinese summary documents (活动总结 / 工作总结) in
txt, html or docx, in UTF-8, UTF-16, GB18030/GBK or Big5, Traditional or Simplified;
removes site boilerplate and converter artifacts; segments the text; and extracts
counts of people served, materials, money, dates, numbered activity items and
activity types, each with the sentence it came from.`,
		Example: `  zongjie batch corpus -o stats.xlsx
  zongjie extract report.txt
  zongjie extract report.html --format json
  zongjie clean --show-removed report.txt`,
		Version:       versionString(),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	var dictDir string
	root.PersistentFlags().StringVar(&dictDir, "dict", "", "`DIR` of data files replacing the embedded ones of the same name (rules.toml, measure_words.txt, …)")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if err := dict.Override(dictDir); err != nil {
			return usageError{fmt.Errorf("--dict: %w", err)}
		}
		if dictDir == "" {
			return nil
		}
		if err := extract.CheckData(); err != nil {
			return fmt.Errorf("--dict %s: %w", dictDir, err)
		}
		if _, err := ingest.DefaultPatterns(); err != nil {
			return fmt.Errorf("--dict %s: %w", dictDir, err)
		}
		if err := ingest.CheckFurniture(); err != nil {
			return fmt.Errorf("--dict %s: %w", dictDir, err)
		}
		return nil
	}
	bindProfile(root)
	root.AddCommand(newExtractCmd(), newBatchCmd(), newCleanCmd(), newSegmentCmd(), newRulesCmd(), newMergeCmd(), newKwicCmd(), newLinesCmd(), newVersionCmd())
	return root
}

// steering holds the flags that override the data of dict/.
type steering struct {
	rules    string
	userdict string
	ingestFlags
}

// ingestFlags are the flags that steer ingest.
type ingestFlags struct {
	boilerplate string
	maxMB       int64
}

func (f *ingestFlags) bind(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.boilerplate, "boilerplate", "", "boilerplate patterns `FILE` instead of the embedded dict/boilerplate.txt")
	cmd.Flags().Int64Var(&f.maxMB, "max-size", ingest.DefaultMaxBytes>>20, "largest input file in `MB`; a larger one is an error")
}

func (s *steering) bind(cmd *cobra.Command) {
	cmd.Flags().StringVar(&s.rules, "rules", "", "activity coding rules `FILE` (TOML) instead of the embedded dict/rules.toml")
	cmd.Flags().StringVar(&s.userdict, "userdict", "", "extra segmentation words `FILE`: word [frequency [pos]] a line")
	s.ingestFlags.bind(cmd)
}

// ingestOptions loads the boilerplate patterns the flags ask for.
func (f *ingestFlags) ingestOptions() (ingest.Options, error) {
	opt := ingest.Options{MaxBytes: f.maxMB << 20}
	if f.maxMB <= 0 {
		return opt, usagef("--max-size must be at least 1 (MB), not %d", f.maxMB)
	}
	if f.boilerplate == "" {
		return opt, nil
	}
	var err error
	opt.Boilerplate, err = parseFile(f.boilerplate, ingest.ParsePatterns)
	return opt, err
}

// options loads the segmenter and extractor the flags ask for. Given the
// folded texts to be cut, it loads only the dictionary words they hold (a
// few milliseconds); with none, the whole dictionary (over a second), as a
// batch needs.
func (s *steering) options(texts ...string) (pipeline.Options, error) {
	var opt pipeline.Options
	seg, err := s.segmenter(texts...)
	if err != nil {
		return opt, err
	}
	x, err := s.extractor()
	if err != nil {
		return opt, err
	}
	opt.Segmenter, opt.Extractor = seg, x
	return opt, nil
}

// segmenter builds gse with the --userdict words, and with texts' own
// words when texts are given.
func (s *steering) segmenter(texts ...string) (*segment.Segmenter, error) {
	extra, err := s.words()
	if err != nil {
		return nil, err
	}
	if len(texts) > 0 {
		return segment.NewFor(extra, texts...)
	}
	return segment.New(extra)
}

// words are the --userdict words (none without the flag).
func (s *steering) words() ([]segment.Word, error) {
	if s.userdict == "" {
		return nil, nil
	}
	return parseFile(s.userdict, segment.ParseWords)
}

// extractor is the extractor with the --rules coding rules.
func (s *steering) extractor() (*extract.Extractor, error) {
	x := extract.New()
	if s.rules != "" {
		var err error
		if x.Rules, err = parseFile(s.rules, content.LoadRules); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// parseFile opens path and parses it, naming the file in a parse error
// (an error opening it names it already).
func parseFile[T any](path string, parse func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var none T
		return none, err
	}
	defer f.Close()
	v, err := parse(f)
	if err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// digests identifies the data that steered a run, for the About sheet.
func (s *steering) digests() [][2]string {
	digest := func(b []byte) string { return fmt.Sprintf("sha256:%x", sha256.Sum256(b))[:19] }
	var out [][2]string
	for _, name := range dict.Names() {
		from := "embedded"
		if dict.Overridden(name) {
			from = "--dict"
		}
		out = append(out, [2]string{name, from + " " + digest(dict.File(name))})
	}
	for _, flag := range [][2]string{{"--rules", s.rules}, {"--userdict", s.userdict}, {"--boilerplate", s.boilerplate}} {
		if flag[1] == "" {
			continue
		}
		b, err := os.ReadFile(flag[1])
		if err != nil {
			out = append(out, [2]string{flag[0], flag[1] + ": " + err.Error()})
			continue
		}
		out = append(out, [2]string{flag[0], flag[1] + " " + digest(b)})
	}
	return out
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// readInput reads a document from path, or standard input for "-".
func readInput(cmd *cobra.Command, path string, opt ingest.Options) (*ingest.Document, error) {
	if path != "-" {
		return ingest.Read(path, opt)
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(cmd.InOrStdin()); err != nil {
		return nil, fmt.Errorf("standard input: %w", err)
	}
	return ingest.Parse("-", buf.Bytes(), opt)
}

// isTerminal tells whether w is a terminal, for table-or-JSON defaults and
// the progress bar.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
