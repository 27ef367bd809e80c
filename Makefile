# baocao: the two commands a newcomer needs are `make demo` and `make test`.

GO      ?= go
FUZZTIME ?= 10s

.PHONY: demo test deps build vet fuzz samples wild-samples accuracy measure-bad bench bench-smoke clean

## demo: build baocao and run the main job on the samples with the embedded index:
## ingest them into ./data, search, check, and write the summary workbook
demo: build
	-./bin/baocao ingest --data data samples/pdf samples/pdf-protected samples/docx samples/xlsx samples/xls samples/legacy samples/bad
	./bin/baocao search --data data --limit 3 quan triet
	./bin/baocao check --data data | tail -12
	./bin/baocao summary --data data --out data/tong-hop.xlsx
	@echo "To keep watching a shared folder: ./bin/baocao run --data data --inbox THƯ_MỤC"

## build: the binary, in bin/baocao
build:
	$(GO) build -o bin/baocao ./cmd/baocao

## test: install what the tests need, start a real Elasticsearch, then vet, format check,
## every test (both index backends), the benchmark harness on 20 files, and brief fuzzing
test: deps vet
	scripts/elasticsearch.sh start
	env $$(scripts/elasticsearch.sh env) $(GO) test -count=1 ./... ; rc=$$?; scripts/elasticsearch.sh stop; exit $$rc
	$(MAKE) bench-smoke
	$(MAKE) fuzz

## deps: the programs the tests run (poppler's pdftotext, to compare our PDF text layer)
deps:
	@scripts/install-test-deps.sh

vet:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

## fuzz: run each fuzz target briefly (FUZZTIME each), seeded from the samples
fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) ./extract/pdf
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) ./extract/xlsx
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) ./extract/xls
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) ./extract/docx
	$(GO) test -run='^$$' -fuzz='^FuzzStyles$$' -fuzztime=$(FUZZTIME) ./extract/docx
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) ./extract/msdoc
	$(GO) test -run='^$$' -fuzz='^FuzzStreams$$' -fuzztime=$(FUZZTIME) ./extract/msdoc
	$(GO) test -run='^$$' -fuzz='^FuzzMangled$$' -fuzztime=$(FUZZTIME) ./vntext
	$(GO) test -run='^$$' -fuzz='^FuzzRecords$$' -fuzztime=$(FUZZTIME) ./extract/rules

## samples: regenerate samples/ and their expected JSON (needs soffice, qpdf, fonts)
samples:
	$(GO) run ./samples/gen

## accuracy: field-by-field accuracy of extraction over samples/ and over the blind
## wild samples (samples/wild: the tuning family and, in sum only, the measuring one)
accuracy:
	$(GO) test -count=1 -run '^TestSamples$$' -v ./extract | grep -E 'accuracy|%|^(ok|FAIL)'
	$(GO) test -count=1 -run '^TestWild$$' -v ./extract | grep -E 'family|^ {14}|^(ok|FAIL)'

## wild-samples: regenerate the blind samples of samples/wild (needs soffice, poppler, qpdf)
wild-samples:
	$(GO) run ./samples/wild/gen/hanoi
	$(GO) run ./samples/wild/gen/mekong
	$(GO) run ./samples/wild/gen/hue
	$(GO) run ./samples/wild/gen/taybac
	$(GO) run ./samples/wild/gen/dongbac
	$(GO) run ./samples/wild/gen/namtrung

## measure-bad: time and peak memory of extracting each bad sample and each class of real-office file
measure-bad: build
	@scripts/measure-bad.sh

## bench: the measurements of issue 8 (extraction, ingest, intake, search, summary, and side
## by side with pdftotext and Apache Tika) on corpora under BENCH_DIR (/var/tmp/baocao-bench);
## prints Markdown tables for BENCHMARKS.md. Long: the 10,000-file ingests and 100,000-record
## searches take most of it. BENCH_FLAGS='-steps search' runs some steps only.
bench:
	bench/run.sh $(BENCH_FLAGS)

## bench-smoke: the same harness end to end on 20 files, quick steps only (no Tika, no
## Elasticsearch); make test runs it
bench-smoke:
	bench/run.sh -smoke

clean:
	rm -rf bin
