# baocao: the two commands a newcomer needs are `make demo` and `make test`.

GO      ?= go
FUZZTIME ?= 10s

.PHONY: demo test deps build vet fuzz samples accuracy measure-bad bench clean

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
## every test (both index backends), and brief fuzzing
test: deps vet
	scripts/elasticsearch.sh start
	env $$(scripts/elasticsearch.sh env) $(GO) test -count=1 ./... ; rc=$$?; scripts/elasticsearch.sh stop; exit $$rc
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
	$(GO) test -run='^$$' -fuzz='^FuzzRecords$$' -fuzztime=$(FUZZTIME) ./extract/rules

## samples: regenerate samples/ and their expected JSON (needs soffice, qpdf, fonts)
samples:
	$(GO) run ./samples/gen

## accuracy: field-by-field accuracy of extraction over samples/
accuracy:
	$(GO) test -count=1 -run '^TestSamples$$' -v ./extract | grep -E 'accuracy|%|^(ok|FAIL)'

## measure-bad: time and peak memory of extracting each bad sample
measure-bad: build
	@scripts/measure-bad.sh

clean:
	rm -rf bin
