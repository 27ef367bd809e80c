#!/usr/bin/env bash
# Installs the programs that the tests run, from Debian's packages, when they
# are missing. Tests that need them fail (not skip) without them in CI.
set -euo pipefail
need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)         # the PDF text layer is compared with it
command -v qpdf >/dev/null || need+=(qpdf)                       # to encrypt PDFs for the decryption tests
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)   # the summary workbook must open in an office suite
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || need+=(libreoffice-writer-nogui) # Word reports are compared with their PDF
command -v tesseract >/dev/null || need+=(tesseract-ocr)          # scanned pages are read with it
tesseract --list-langs 2>/dev/null | grep -qx vie || need+=(tesseract-ocr-vie) # its Vietnamese model
command -v unzip >/dev/null || need+=(unzip)                      # to unpack the Elasticsearch the tests run
command -v curl >/dev/null || need+=(curl)                        # to wait for it
command -v mvn >/dev/null || need+=(maven)                        # to fetch it from Maven Central
command -v java >/dev/null || need+=(default-jre-headless)        # to run it
command -v chromium >/dev/null || need+=(chromium)                # the web pages are tested in it, headless
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
