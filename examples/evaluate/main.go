// Command evaluate measures how well the moderation package tells spam
// from ham on labelled comments in the format of the YouTube Spam
// Collection (columns COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS; CLASS 1 is
// spam). Each comment goes through moderation.New(moderation.Config{}).Check
// with Body=CONTENT, Author=AUTHOR and Time=DATE (when the comment was
// posted, so that the checks that remember earlier comments see them
// spread over time as a site would), untrained, one Moderator per file;
// "flagged" means held or rejected. For each file and overall it prints
// precision, recall, F1, MCC (n/a for a file without spam or without
// ham), accuracy, the confusion matrix, the share of ham flagged and the
// precision of Reject alone, next to the MCC and ham flagged of a crude
// keyword regexp (the baseline a filter has to beat).
//
// Usage, from the module root:
//
//	go run ./examples/evaluate [file.csv ...]
//	go run ./examples/evaluate -train   # learn 70% per file, test 30%, beside the published MCC (train.go)
//	go run ./examples/evaluate -validate  # the same inside the 70% only: how the model's settings were chosen (validate.go)
//	go run ./examples/evaluate -without home_link file.csv  # the untrained defaults without a check: what it costs and catches
//
// -train and -validate are two different runs: give one or neither.
// Without file arguments it reads the four files in ../shared/data/youtube-spam.
//
// # Rows without a date
//
// A row with an empty DATE is checked with the zero Comment.Time, which
// Check reads as the moment it runs, as a site checks a comment that
// arrives without a time: evaluate invents no date. In Youtube04-Eminem
// the 245 rows without a DATE are all its spam, so they are checked as
// posted within the same second, years after its dated ham, and the checks
// that remember (duplicate, repeat_host) see that spam together and never
// beside the ham: the missing date tells the label. When this was
// written, spreading those rows 25 hours apart changed no confusion
// matrix, untrained or -train, and turned a few of the file's rejects
// into holds (the Reject precision column). The other three files date
// every row.
package main

import (
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/commentkit/commentkit/moderation"
)

// defaultFiles are the four files of the YouTube Spam Collection that the
// data folder holds, relative to the module root.
var defaultFiles = []string{
	"../shared/data/youtube-spam/Youtube01-Psy.csv",
	"../shared/data/youtube-spam/Youtube02-KatyPerry.csv",
	"../shared/data/youtube-spam/Youtube03-LMFAO.csv",
	"../shared/data/youtube-spam/Youtube04-Eminem.csv",
}

// baselineRE is the crude keyword filter the library must beat: a comment
// is spam when it mentions subscribing, checking something out, a channel
// or a web address.
var baselineRE = regexp.MustCompile(`(?i)subscri|check (it |this |)out|channel|https?://|www\.|\.com\b`)

// unknownCode returns the first of codes that no check of
// moderation.DefaultChecks raises, and false; or "", true.
func unknownCode(codes []string) (string, bool) {
	known := map[string]bool{}
	for _, c := range moderation.DefaultChecks(moderation.Config{}) {
		if k, ok := c.(interface{ Codes() []string }); ok {
			for _, code := range k.Codes() {
				known[code] = true
			}
		}
	}
	for _, code := range codes {
		if !known[code] {
			return code, false
		}
	}
	return "", true
}

// row is one labelled comment.
type row struct {
	ID, Author, Content string
	Time                time.Time // zero when the file gives no DATE
	Spam                bool
}

// dateLayout is the DATE of the YouTube Spam Collection, to the second
// (some rows add fractions, which are dropped).
const dateLayout = "2006-01-02T15:04:05"

func main() {
	os.Exit(cli(os.Args[1:], os.Stdout, os.Stderr))
}

// cli runs evaluate with the command-line arguments args and returns its
// exit status: 0 when done, 1 when a file cannot be evaluated, 2 for a
// misused command line.
func cli(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	baseline := fs.Bool("baseline", true, "print the crude keyword baseline next to the library")
	train := fs.Bool("train", false, "per file: learn the first 70% of each class in file order, check the rest, and compare with the published MCC (see train.go)")
	validate := fs.Bool("validate", false, "measure the learned model inside the training part of each file only (tail and k-fold, see validate.go): how its settings were chosen")
	verbose := fs.Bool("v", false, "also list every comment the library gets wrong, with its flags")
	without := fs.String("without", "", "comma-separated flag codes of built-in checks to drop (moderation.Without), to measure what a check costs and catches; not with -train or -validate")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *train && *validate {
		fmt.Fprintln(stderr, "evaluate: -train and -validate are two different runs; give one of them.")
		fs.Usage()
		return 2
	}
	var drop []string
	if *without != "" {
		if *train || *validate {
			fmt.Fprintln(stderr, "evaluate: -without measures the untrained rules; it is not for -train or -validate.")
			return 2
		}
		drop = strings.Split(*without, ",")
		if code, ok := unknownCode(drop); !ok {
			fmt.Fprintf(stderr, "evaluate: -without: %q is no flag code of a built-in check\n", code)
			return 2
		}
	}
	files := fs.Args()
	if len(files) == 0 {
		files = defaultFiles
		if _, err := os.Stat(files[0]); err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n"+
				"Run it from the repository root, with the data folder shared/ beside the repository, or name the CSV files.\n", err)
			return 2
		}
	}
	var wrong io.Writer
	if *verbose {
		wrong = stdout
	}
	var err error
	switch {
	case *train:
		err = runTrain(stdout, files, wrong)
	case *validate:
		err = runValidate(stdout, files, wrong)
	default:
		err = run(stdout, files, *baseline, wrong, drop)
	}
	if err != nil {
		fmt.Fprintln(stderr, "evaluate:", err)
		return 1
	}
	return 0
}

const usage = `usage: evaluate [-train | -validate] [-baseline=false] [-v] [-without code,...] [file.csv ...]

Without files it reads the four files of ../shared/data/youtube-spam (run it
from the repository root). A row without a DATE is checked as posted at the
moment evaluate checks it (the zero Comment.Time, which Check reads as now).
`

// result is what evaluating one set of rows gives.
type result struct {
	Name         string
	Rows, Spam   int
	Lib, Base    confusion
	LengthErrors int // comments Check refused for their length, counted as passed
}

// run evaluates files and prints the table to w; when wrong is not nil,
// each comment the library gets wrong is listed there first. The checks
// are the default ones without those raising the codes of drop.
func run(w io.Writer, files []string, baseline bool, wrong io.Writer, drop []string) error {
	ctx := context.Background()
	var results []result
	total := result{Name: "overall"}
	for _, f := range files {
		rows, err := readRows(f)
		if err != nil {
			return err
		}
		// A Moderator per file: each file is the comments of one video,
		// and what the checks remember of one should not leak into another.
		var cfg moderation.Config
		if len(drop) > 0 {
			cfg.Checks = moderation.Without(moderation.DefaultChecks(cfg), drop...)
		}
		m, err := moderation.New(cfg)
		if err != nil {
			return err
		}
		r, err := evaluate(ctx, m, rows, wrong)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		r.Name = strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		results = append(results, r)
		total.Rows += r.Rows
		total.Spam += r.Spam
		total.Lib.merge(r.Lib)
		total.Base.merge(r.Base)
		total.LengthErrors += r.LengthErrors
	}
	if len(results) > 1 {
		results = append(results, total)
	}
	printResults(w, results, baseline)
	return nil
}

// evaluate runs every row through m and counts the outcomes, with the
// baseline's beside them. A comment that Check refuses for its length (an
// empty one, say) is counted as passed: the site would not publish it, but
// the filter did not flag it. When wrong is not nil, each comment the
// library gets wrong is written to it with its flags.
func evaluate(ctx context.Context, m *moderation.Moderator, rows []row, wrong io.Writer) (result, error) {
	r := result{Rows: len(rows)}
	for _, x := range rows {
		if x.Spam {
			r.Spam++
		}
		res, err := m.Check(ctx, comment(x))
		action := res.Action.String()
		var le *moderation.LengthError
		switch {
		case errors.As(err, &le):
			r.LengthErrors++
			action = "approve"
		case err != nil:
			return r, err
		}
		r.Lib.add(x.Spam, action)
		if flagged := action != "approve"; wrong != nil && flagged != x.Spam {
			label := "ham"
			if x.Spam {
				label = "spam"
			}
			fmt.Fprintf(wrong, "%s %s as %s (%.2f) %q\n", x.ID, label, action, res.Score, res.Text)
			for _, f := range res.Flags {
				fmt.Fprintf(wrong, "\t%s %.2f %s\n", f.Code, f.Score, f.Detail)
			}
		}
		base := "approve"
		if baselineRE.MatchString(x.Content) {
			base = "hold"
		}
		r.Base.add(x.Spam, base)
	}
	return r, nil
}

// readRows reads a CSV file of the YouTube Spam Collection. It uses
// encoding/csv as RFC 4180 says, so a quoted CONTENT may span lines; the
// header names the columns, in any order.
func readRows(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading the header: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToUpper(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, need := range []string{"COMMENT_ID", "AUTHOR", "DATE", "CONTENT", "CLASS"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s: no %s column in the header", path, need)
		}
	}
	var rows []row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		var spam bool
		switch c := strings.TrimSpace(rec[col["CLASS"]]); c {
		case "1":
			spam = true
		case "0":
		default:
			line, _ := cr.FieldPos(col["CLASS"])
			return nil, fmt.Errorf("%s:%d: CLASS is %q, not 0 or 1", path, line, c)
		}
		var when time.Time
		if d := strings.TrimSpace(rec[col["DATE"]]); d != "" {
			if len(d) > len(dateLayout) {
				d = d[:len(dateLayout)]
			}
			if when, err = time.Parse(dateLayout, d); err != nil {
				line, _ := cr.FieldPos(col["DATE"])
				return nil, fmt.Errorf("%s:%d: DATE %q: %w", path, line, rec[col["DATE"]], err)
			}
		}
		rows = append(rows, row{ID: rec[col["COMMENT_ID"]], Author: rec[col["AUTHOR"]], Content: rec[col["CONTENT"]], Time: when, Spam: spam})
	}
	return rows, nil
}

func printResults(w io.Writer, results []result, baseline bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "file\trows\tspam\tTP\tFP\tTN\tFN\tprecision\trecall\tF1\tMCC\taccuracy\tham flagged\treject precision\t"
	if baseline {
		head += "baseline MCC\tbaseline ham flagged\t"
	}
	fmt.Fprintln(tw, head)
	for _, r := range results {
		m := computeMetrics(r.Lib)
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t",
			r.Name, r.Rows, r.Spam, r.Lib.TP, r.Lib.FP, r.Lib.TN, r.Lib.FN,
			pct(m.Precision), pct(m.Recall), num(m.F1), num(m.MCC), pct(m.Accuracy),
			pct(m.HamFlagged), fmt.Sprintf("%s (%d/%d)", pct(m.RejectPrecision), r.Lib.RejectSpam, r.Lib.RejectSpam+r.Lib.RejectHam))
		if baseline {
			b := computeMetrics(r.Base)
			fmt.Fprintf(tw, "%s\t%s\t", num(b.MCC), pct(b.HamFlagged))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	n := 0
	for _, r := range results {
		if r.Name != "overall" {
			n += r.LengthErrors
		}
	}
	fmt.Fprintf(w, "\nflagged = held or rejected; %d comment(s) refused for their length, counted as not flagged.\n", n)
	if baseline {
		fmt.Fprintf(w, "baseline: a comment is spam when it matches %s\n", baselineRE)
	}
}

func pct(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", 100*x)
}

func num(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", x)
}

// num4 is num to four decimals, for MCCs compared with published ones.
func num4(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return fmt.Sprintf("%.4f", x)
}
