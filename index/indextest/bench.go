package indextest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand"
	"sort"
	"testing"
	"time"

	"baocao"
)

var (
	places  = []string{"Hùng Sơn", "Đông Hòa", "Vạn Hòa", "Gia Phú", "Phong Niên", "Xuân Quang", "Bản Cầm", "Phố Lu", "Sơn Hải", "Thái Niên", "Đại Từ", "Tân Linh", "Cam Đường", "Bảo Hà", "Nghĩa Đô"}
	kinds   = []string{"Chi bộ thôn", "Chi bộ Trường THCS", "Chi bộ Trạm Y tế xã", "Chi bộ Công an xã", "Đảng bộ xã", "Chi bộ Quân sự xã"}
	family  = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Lý", "Lương"}
	middle  = []string{"Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Xuân", "Hữu"}
	given   = []string{"Hùng", "Mai", "Nam", "Lan", "Tuấn", "Hằng", "Việt", "Yến", "Long", "Dũng", "Hương", "Thắng"}
	phrases = []string{"nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng",
		"Những nội dung cơ bản của Văn kiện Đại hội XIII", "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030",
		"Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng", "hội nghị diễn ra nghiêm túc, đúng kế hoạch"}
)

// Synthetic returns n records in roll-up files of 100 records each, varied
// the way real ones are, reproducibly, for benchmarks of both backends.
func Synthetic(n int) []baocao.IndexedFile {
	rng := rand.New(rand.NewSource(int64(n)))
	pick := func(s []string) string { return s[rng.Intn(len(s))] }
	person := func() string { return pick(family) + " " + pick(middle) + " " + pick(given) }
	var files []baocao.IndexedFile
	for i := 0; i < n; i += 100 {
		parent := "Đảng ủy xã " + pick(places)
		sum := sha256.Sum256([]byte(fmt.Sprint(i)))
		f := baocao.IndexedFile{SHA256: hex.EncodeToString(sum[:]), Paths: []string{fmt.Sprintf("inbox/%d/tong-hop.xlsx", i/100)}, Format: "xlsx", Text: "BẢNG TỔNG HỢP " + pick(phrases)}
		for j := i; j < min(n, i+100); j++ {
			total := 10 + rng.Intn(300)
			d, _ := baocao.NewDate(2021, 3+rng.Intn(5), 1+rng.Intn(28))
			chair := baocao.Person{Name: person(), Title: "Bí thư Chi bộ"}
			f.Records = append(f.Records, baocao.Record{
				Unit: fmt.Sprintf("%s %s %d", pick(kinds), pick(places), j), ParentUnit: parent,
				ConferenceDate: d, Location: "Nhà văn hóa thôn " + pick(places), Form: baocao.InPerson,
				Chair: &chair, Reporters: []baocao.Person{chair, {Name: person()}},
				Attendance: &baocao.Attendance{MembersTotal: total, MembersPresent: total - rng.Intn(total/10+1)},
				Program:    []baocao.ProgramItem{{Topic: pick(phrases), Presenter: chair.Name}},
				Source:     baocao.Source{Sheet: "Tổng hợp", Row: 9 + j - i},
			})
		}
		files = append(files, f)
	}
	return files
}

// BenchQueries are the searches whose latency the benchmarks report.
var BenchQueries = []baocao.Query{
	{Text: "quan triet"},
	{Text: "Nguyễn Văn Hùng"},
	{Text: `"xây dựng Đảng"`},
	{Text: "chi bo thon dong hoa"},
	{Text: "hoi nghi", Parent: "gia phu"},
	{From: mustDate("2021-04-01"), To: mustDate("2021-04-30")},
}

func mustDate(s string) baocao.Date {
	d, err := baocao.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// BenchIndexing loads n synthetic records and reports records/s.
func BenchIndexing(b *testing.B, ix baocao.Index, n int) {
	files := Synthetic(n)
	b.ResetTimer()
	start := time.Now()
	for _, f := range files {
		if err := ix.PutFile(context.Background(), f); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "records/s")
}

// BenchSearch runs the benchmark queries b.N times each over an index that
// holds the synthetic records, and reports the p50 and p99 latency.
func BenchSearch(b *testing.B, ix baocao.Index) {
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range BenchQueries {
			start := time.Now()
			if _, err := ix.Search(context.Background(), q); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(start))
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
