/// The report's one style sheet, for screen and A4 print; `pii compare` and `pii backtest` use it too.
extension HTMLReport {
    package static let style = """
        @page { size: A4; margin: 14mm 12mm; }
        body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d1d1d; max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
        h1 { font-size: 17pt; margin: 0 0 2mm; }
        h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #ccc; padding-bottom: 1mm; }
        h3 { font-size: 11pt; margin: 4mm 0 1mm; }
        h4 { font-size: 10.5pt; margin: 3mm 0 1mm; }
        .subtitle { color: #555; margin: 0 0 3mm; }
        figure, table, .lists, .kept { break-inside: avoid; page-break-inside: avoid; }
        h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
        figure { margin: 0; }
        figcaption.reading { font-style: italic; margin-top: 1mm; }
        table { border-collapse: collapse; margin: 2mm 0; }
        th, td { padding: 1mm 2mm; border-bottom: 1px solid #e3e3e3; text-align: left; vertical-align: top; }
        td.number { text-align: right; white-space: nowrap; }
        .badge { padding: 0.3mm 2mm; border-radius: 2mm; color: #fff; font-size: 9pt; white-space: nowrap; }
        .badge.good { background: #2e7d32; } .badge.risk { background: #e08a00; } .badge.poor { background: #c62828; }
        .status.warning { background: #fff4d6; border-left: 3px solid #e08a00; padding: 1.5mm 3mm; }
        .note, .muted { color: #666; font-size: 9pt; }
        .command code { font-size: 8.5pt; word-break: break-all; }
        .chart { display: block; font-size: 11px; }
        .chart .grid { stroke: #ececec; } .chart .axis, .chart .zero { stroke: #555; }
        .chart .tick { fill: #555; font-size: 10px; } .chart .axis-title { fill: #333; font-size: 11px; }
        .chart .row-label { fill: #222; font-size: 11px; } .chart .small { font-size: 9.5px; } .chart .value { fill: #222; font-size: 10px; }
        .chart .band90 { fill: #c6dbef; } .chart .band50 { fill: #6baed6; }
        .chart .median { fill: none; stroke: #08306b; stroke-width: 2.5; } .chart .median-point { fill: #08306b; }
        .chart .start { fill: #fff; stroke: #08306b; stroke-width: 2; }
        .chart .target { stroke: #fff; stroke-width: 1; } .target.good { fill: #2e7d32; } .target.risk { fill: #e08a00; } .target.poor { fill: #c62828; }
        .chart .target-band { fill: #e8f5e9; } .chart .bar { fill: #9e9e9e; } .chart .bar.in-target { fill: #2e7d32; }
        .chart .bar.own { fill: #08306b; } .chart .bar.forecast { fill: #88ccee; } .chart .bar.average { fill: #9e9e9e; } .chart .bar.tenth { fill: #f28e2b; }
        .chart .path { fill: none; stroke-width: 2; } .chart .path.focus { stroke-width: 3; }
        .chart .frontier { fill: none; stroke: #08306b; stroke-width: 2; } .chart .frontier-point { fill: #08306b; } .chart .chosen { fill: none; stroke: #c62828; stroke-width: 2.5; }
        .legend { font-size: 9pt; margin-top: 1mm; }
        .legend-item { display: inline-block; margin: 0 4mm 1mm 0; } .legend-title { margin-right: 2mm; color: #555; }
        .swatch { display: inline-block; width: 3.2mm; height: 3.2mm; margin-right: 1.2mm; vertical-align: -0.4mm; }
        .swatch.median { background: #08306b; } .swatch.band50 { background: #6baed6; } .swatch.band90 { background: #c6dbef; }
        .swatch.target-band { background: #e8f5e9; border: 1px solid #2e7d32; }
        .swatch.own { background: #08306b; } .swatch.forecast { background: #88ccee; } .swatch.average { background: #9e9e9e; } .swatch.tenth { background: #f28e2b; }
        .chart .gap-forecast { fill: #111; stroke: #fff; stroke-width: 0.8; } .diamond.forecast { color: #111; }
        .diamond.good { color: #2e7d32; } .diamond.risk { color: #e08a00; } .diamond.poor { color: #c62828; }
        .lists { display: flex; gap: 8mm; } .lists .list { flex: 1; } .lists ol { margin: 0; padding-left: 5mm; }
        table.tasks { font-size: 9pt; width: 100%; }
        table.measures { break-inside: auto; page-break-inside: auto; }
        table.measures { font-size: 9pt; width: 100%; } table.measures tr { break-inside: avoid; page-break-inside: avoid; }
        table.measures tr.chosen td:last-child { font-weight: bold; color: #2e7d32; }
        footer { break-before: avoid; page-break-before: avoid; margin-top: 8mm; color: #666; font-size: 8.5pt; border-top: 1px solid #ccc; padding-top: 2mm; }
        """
}
