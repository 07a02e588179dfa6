package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/docvars"
	"github.com/zongjie/zongjie/pipeline/export"
)

// metaOptions are the document-variable flags of batch.
type metaOptions struct {
	meta string
	by   string
}

func (m *metaOptions) bind(cmd *cobra.Command) {
	cmd.Flags().StringVar(&m.meta, "meta", "", "document variables `FILE` (CSV or xlsx): a row per document keyed by file name or path; its columns join the Documents sheet")
	cmd.Flags().StringVar(&m.by, "by", "", "cross-tabulate the Types sheet by the --meta `COLUMN` (default: by year)")
}

// load reads the variables file; it is checked before the run so a bad
// --by fails at once.
func (m *metaOptions) load() (*docvars.Table, error) {
	if m.meta == "" {
		if m.by != "" {
			return nil, usagef("--by %s needs --meta FILE", m.by)
		}
		return nil, nil
	}
	t, err := docvars.Load(m.meta)
	if err != nil {
		return nil, err
	}
	if m.by != "" && t.Column(m.by) < 0 {
		return nil, usagef("--by %q: %s has no such column (it has %s)", m.by, m.meta, strings.Join(t.Columns, ", "))
	}
	return t, nil
}

// join matches the variables to the records and returns them for the
// workbook, with the unmatched keys of both sides as failures of stage
// "meta".
func (m *metaOptions) join(t *docvars.Table, sources []string) (*export.DocVars, []pipeline.Failure) {
	if t == nil {
		return nil, nil
	}
	values, unmatched := t.Join(sources, m.meta)
	var fails []pipeline.Failure
	for _, u := range unmatched {
		fails = append(fails, pipeline.Failure{Source: u.Source, Stage: "meta", Reason: u.Reason})
	}
	return &export.DocVars{Columns: t.Columns, Values: values, By: m.by}, fails
}

func (m *metaOptions) params() [][2]string {
	return [][2]string{{"--meta", orNone(m.meta)}, {"--by", orNone(m.by)}}
}

// summary is the count of unmatched keys for the closing line of batch.
func (m *metaOptions) summary(unmatched int) string {
	if m.meta == "" {
		return ""
	}
	return fmt.Sprintf(", %d unmatched --meta keys", unmatched)
}
