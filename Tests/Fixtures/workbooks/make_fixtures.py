"""Writes the workbook fixtures of the tests with programs other than pii.

Run from the repository root: python3 Tests/Fixtures/workbooks/make_fixtures.py
(needs openpyxl). The outputs are committed; the tests do not run this script.

- panel-wide.xlsx (openpyxl): the embedded panel, one sheet per year, provinces as rows by
  name with diacritics, indicator codes as columns, a title merged across the table above the
  header of the first sheet, and one value of the last sheet stored as text with a decimal
  comma (an analyst's paste).
- bad-cell.xlsx (openpyxl): the same wide table for 2025 with one value that is not a number
  (cell C14) and one unknown province.
- hand-made.xlsx (zipfile, XML written by hand): inline strings, rich-text shared strings,
  cells without an `r` reference, a namespace prefix, a year merged down its rows, a boolean
  and an error cell, in the long layout.
- panel-stored.xlsx: panel-wide.xlsx with its parts stored, not deflated, so that the fuzz
  suite's byte damage reaches the XML (pii skips the CRC check).
- libreoffice-edited.xlsx (LibreOffice Calc 7.4, not this script): `pii data export --out
  all.xlsx`, converted by `soffice --headless --convert-to fods`, Ninh Bình's 2025 value of
  1.1.1 changed from 65.8 to 99.5 in the flat XML, and converted back with
  `soffice --headless --convert-to xlsx`: a workbook saved by LibreOffice with one edit.
- not-a-workbook.xlsx (a text file), other.zip renamed other.xlsx (a zip of a text file),
  encrypted.xlsx (the header of an OLE compound document, as Excel writes encrypted files).
"""
import csv
import os
import zipfile

import openpyxl

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", ".."))
resources = os.path.join(root, "Sources", "PIIData", "Resources")

with open(os.path.join(resources, "provinces.csv"), encoding="utf-8-sig") as f:
    provinces = [(r["id"], r["name"]) for r in csv.DictReader(f)]
with open(os.path.join(resources, "framework.csv"), encoding="utf-8-sig") as f:
    codes = [r["code"] for r in csv.DictReader(f) if r["level"] == "indicator"]
values = {}
with open(os.path.join(resources, "panel.csv"), encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        if r["value"] != "":
            values[(int(r["year"]), r["province"], r["indicator"])] = r["value"]
years = sorted({y for (y, _, _) in values})

book = openpyxl.Workbook()
book.remove(book.active)
for k, year in enumerate(years):
    sheet = book.create_sheet(str(year))
    offset = 0
    if k == 0:
        sheet.cell(row=1, column=1, value="Chỉ số Đổi mới sáng tạo cấp địa phương %d" % year)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(codes) + 1)
        offset = 2
    sheet.cell(row=offset + 1, column=1, value="province")
    for c, code in enumerate(codes):
        sheet.cell(row=offset + 1, column=c + 2, value=code)
    for p, (pid, name) in enumerate(provinces):
        sheet.cell(row=offset + p + 2, column=1, value=name)
        for c, code in enumerate(codes):
            text = values.get((year, pid, code))
            if text is None:
                continue
            number = float(text)
            cell = sheet.cell(row=offset + p + 2, column=c + 2, value=number)
            if k == len(years) - 1 and p == 0 and c == 0:
                cell.value = text.replace(".", ",")
book.save(os.path.join(here, "panel-wide.xlsx"))
with zipfile.ZipFile(os.path.join(here, "panel-wide.xlsx")) as z, \
        zipfile.ZipFile(os.path.join(here, "panel-stored.xlsx"), "w", zipfile.ZIP_STORED) as out:
    for info in z.infolist():
        out.writestr(info.filename, z.read(info.filename))

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "2025"
sheet.cell(row=1, column=1, value="province")
for c, code in enumerate(codes):
    sheet.cell(row=1, column=c + 2, value=code)
for p, (pid, name) in enumerate(provinces):
    sheet.cell(row=p + 2, column=1, value="Hà Nộii" if p == 20 else name)
    for c, code in enumerate(codes):
        text = values.get((2025, pid, code))
        if text is not None:
            sheet.cell(row=p + 2, column=c + 2, value=float(text))
sheet["C14"] = "n/a"
book.save(os.path.join(here, "bad-cell.xlsx"))

content_types = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"""
rels = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
workbook = """<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Số liệu &amp; ghi chú" sheetId="7" r:id="rId9"/></x:sheets></x:workbook>"""
workbook_rels = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""
shared = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>province</t></si><si><r><rPr><b/></rPr><t>Ninh </t></r><r><t>Bình</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t xml:space="preserve"> indicator </t></si></sst>"""
sheet = """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>year</x:t></x:is></x:c><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c t="inlineStr"><x:is><x:t>value</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row>
<x:row r="2"><x:c r="A2"><x:v>2025</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>1.1.1</x:t></x:is></x:c><x:c r="D2"><x:v>89.7</x:v></x:c><x:c r="E2" t="b"><x:v>1</x:v></x:c></x:row>
<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>ninh-binh</x:t></x:is></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>1.1.2</x:t></x:is></x:c><x:c r="D3" t="str"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
<x:row r="4"><x:c r="B4" t="inlineStr"><x:is><x:t>Ninh Binh</x:t></x:is></x:c><x:c r="C4" t="inlineStr"><x:is><x:t>1.2.1</x:t></x:is></x:c><x:c r="D4" t="inlineStr"><x:is><x:t>4,5</x:t></x:is></x:c></x:row>
<x:row r="6"><x:c r="A6"><x:v>2024</x:v></x:c><x:c r="B6" t="inlineStr"><x:is><x:t>Hà Nội</x:t></x:is></x:c><x:c r="C6" t="inlineStr"><x:is><x:t>1.1.1</x:t></x:is></x:c><x:c r="D6" t="e"><x:v>#N/A</x:v></x:c></x:row>
</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A2:A4"/></x:mergeCells></x:worksheet>"""
with zipfile.ZipFile(os.path.join(here, "hand-made.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
    z.writestr("xl/sharedStrings.xml", shared)
    z.writestr("xl/worksheets/data.xml", sheet)

with open(os.path.join(here, "not-a-workbook.xlsx"), "w") as f:
    f.write("year,province,indicator,value\n2025,ha-noi,1.1.1,1\n")
with zipfile.ZipFile(os.path.join(here, "other.xlsx"), "w") as z:
    z.writestr("notes.txt", "not a workbook")
with open(os.path.join(here, "encrypted.xlsx"), "wb") as f:
    f.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504))
