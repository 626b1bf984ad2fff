/// The help pages: every command's abstract and discussion and every option's line, in
/// Vietnamese and English. `pii … --help` shows them in the current language.
///
/// One file of about 600 lines on purpose: the texts are one exhaustive `switch`, so that a
/// help text without both languages does not compile, and a translator reads them in one
/// place in the order the commands come.
public enum Help: Sendable, CaseIterable {
    // Commands.
    case pii, piiDiscussion
    case run, runDiscussion
    case compare, compareDiscussion
    case report, reportDiscussion
    case optimize, optimizeDiscussion
    case score, scoreDiscussion
    case gap, gapDiscussion
    case validate, validateDiscussion
    case data, dataExport, dataExportDiscussion, dataTemplate, dataTemplateDiscussion
    case backtest, backtestDiscussion
    case bench, benchDiscussion
    case serve, serveDiscussion
    // Options every command shares.
    case framework, provinces, panel, normalised, decimalComma, dataYear
    case skewnessThreshold, kurtosisThreshold, maxWinsorisationSteps, missingValues
    case formatAny, formatTableJSON, formatTerminal, language, outFile
    case scenarioFile, scenarios, seed, threads, batch
    // pii run, report, compare.
    case runOut, runReport, reportOut, compareFirst, compareSecond, compareReport
    // pii optimize.
    case optimizeScenario, budget, targetProbability, objective, optimizeScenarios, verify, optimizeOut, optimizeReport
    // pii score and gap.
    case scoreYear, scoreProvince
    case gapProvince, gapRank, gapYear, gapForecast, gapScenario, gapScenarios, gapProbability, gapMilestones
    case gapCheck, gapSeed, gapThreads, gapSaveScenario, gapReport, gapCosts
    // pii data.
    case exportLayout, exportOut, exportFramework, exportProvinces, templateYear, templateByDepartment, templateOut
    // pii backtest.
    case origins, horizon, models, shocks, backtestScenarios, backtestSeed, top, backtestReport
    // pii bench.
    case benchScenarios, benchThreads, benchWidth, benchKernel, benchKeepScores, benchOnly, benchModel, benchRuns, benchJSON
    // pii serve.
    case serveHost, servePort, serveToken, serveScenarios, serveSlots

    public func text(_ language: Language) -> String {
        language == .vi ? texts.vi : texts.en
    }

    /// The text in the current language.
    public var text: String { text(.current) }

    // A command's examples, the same in both languages (each starts on a line of its own).
    private static let runExamples = """

          pii run Scenarios/ninh-binh-2030.yaml
          pii run Scenarios/ninh-binh-plan.yaml --scenarios 50000 --lang en
          pii run Scenarios/ninh-binh-2030.yaml --format json --out results/
        """

    private static let compareExamples = """

          pii compare Scenarios/ninh-binh-2030.yaml Scenarios/ninh-binh-plan.yaml
          pii compare A.yaml B.yaml --scenarios 50000 --lang en --format json
        """

    private static let reportExamples = """

          pii report Scenarios/ninh-binh-2030.yaml
          pii report Scenarios/ninh-binh-plan.yaml --lang en --out plan-en.html
        """

    private static let gapExamples = """

          pii gap --province "Ninh Bình" --rank 10
          pii gap --province ninh-binh --rank 13 --costs costs.csv --lang en
          pii gap --rank 10 --forecast 2030 --scenario Scenarios/ninh-binh-2030.yaml
          pii gap --milestones --probability 0.8 --scenario Scenarios/ca-mau-2026.yaml
          pii gap --rank 10 --forecast 2030 --scenario Scenarios/ninh-binh-2030.yaml \\
            --probability 0.5,0.8,0.9 --save-scenario nb.yaml --report nb.html
        """

    private static let dataTemplateExamples = """

          pii data template --year 2026 --out pii-2026.xlsx
          pii data template --year 2026 --by-department --out pii-2026-departments.xlsx
        """

    private static let backtestExamples = """

          pii backtest
          pii backtest --data pci/panel.csv --framework pci/framework.csv --provinces pci/provinces.csv \\
            --origins 2006-2010,2006-2011,2006-2013,2009-2011 --horizon 5
          pii backtest --models local-level,random-walk --shocks resample --format json
        """

    /// Both texts; a `switch`, so that a help line without them does not build.
    private var texts: (vi: String, en: String) {
        switch self {
        case .pii: (
            "Mô phỏng “nếu… thì…” và dự báo Chỉ số Đổi mới sáng tạo cấp tỉnh (PII) của Việt Nam.",
            "What-if simulation and forecasting for Vietnam's Provincial Innovation Index (PII).")
        case .piiDiscussion: (
            """
            Tính điểm 34 tỉnh, thành phố đúng như phương pháp PII, dự báo mọi tỉnh đến năm 2030 \
            có tính đến bất định, cho biết xác suất đạt các mục tiêu thứ hạng của một tỉnh, tìm \
            mức cải thiện nhỏ nhất để đạt một thứ hạng, chọn các biện pháp cần đầu tư trong một \
            ngân sách, và trình bày tất cả trong một báo cáo HTML. Dùng khung chỉ số và bộ số liệu \
            minh hoạ có sẵn, trừ khi được cung cấp tệp số liệu chính thức.
            """,
            """
            Scores the 34 provinces exactly as the PII method does, forecasts every province to \
            2030 under uncertainty, reports the odds of a province's rank targets, finds the least \
            improvement that reaches a rank, chooses the measures to fund within a budget, and \
            writes it all up as an HTML report. Runs on the embedded framework and illustrative \
            panel unless given official data files.
            """)
        case .run: (
            "Dự báo mọi tỉnh và cho biết xác suất đạt thứ hạng và các mốc mục tiêu của tỉnh được chọn.",
            "Forecast every province and report the focus province's rank odds and milestones.")
        case .runDiscussion: (
            """
            Chạy một tệp kịch bản (docs/scenario-files.md): các chỉ số của mọi tỉnh được dự báo \
            đến năm cuối trong hàng nghìn kịch bản, chỉ số PII được tính lại cho từng kịch bản và \
            từng năm, và xác suất đạt mỗi mốc được báo cáo kèm khoảng tin cậy Wilson 95 %.

            Ví dụ:
            """ + Self.runExamples,
            """
            Runs a scenario file (docs/scenario-files.md): every province's indicators are forecast \
            to the horizon in thousands of scenarios, the index is recomputed each scenario-year, \
            and the odds of each milestone are reported with 95 % Wilson intervals.

            Examples:
            """ + Self.runExamples)
        case .compare: (
            "So sánh hai tệp kịch bản của cùng một tỉnh: xác suất đạt từng mốc và thứ hạng, đặt cạnh nhau.",
            "Compare two scenario files of one province: the odds of every milestone and the rank, side by side.")
        case .compareDiscussion: (
            """
            Chạy cả hai tệp trên cùng các kịch bản với một hạt giống ngẫu nhiên (của tệp thứ nhất, \
            hoặc --seed), nên hai dự báo dùng cùng các lần rút và mọi khác biệt là do các biện \
            pháp: chênh lệch B − A về xác suất đạt từng mốc và về thứ hạng trung bình mỗi năm được \
            tính theo từng kịch bản, kèm khoảng tin cậy 95 %. Sau đó chạy B một lần khi bỏ từng \
            biện pháp mà A không có, để thấy mỗi biện pháp đóng góp bao nhiêu.

            Ví dụ:
            """ + Self.compareExamples,
            """
            Runs both files on the same scenarios with one seed (the first file's, or --seed), so \
            that both forecasts are the same draws and a difference is the measures' doing: the \
            difference B − A of every milestone's odds and of the mean rank each year is taken \
            scenario by scenario, with its 95 % interval. Then runs B once without each measure A \
            does not have, to show what each adds.

            Examples:
            """ + Self.compareExamples)
        case .report: (
            "Chạy một kịch bản và viết một báo cáo HTML trọn vẹn có biểu đồ (in được trên khổ A4).",
            "Run a scenario and write one self-contained HTML report with charts (prints on A4).")
        case .reportDiscussion: (
            """
            Báo cáo gồm phần tóm tắt (các mốc và xác suất đạt, tình trạng số liệu, lệnh để chạy \
            lại), biểu đồ quạt thứ hạng, phân bố thứ hạng ở năm cuối, các trụ cột so với trung \
            bình cả nước và tỉnh xếp thứ 10, khoảng cách của từng chỉ số tới trung bình cả nước \
            tô màu theo sở/ngành, và đường trung vị của các tỉnh cạnh tranh. Mọi thứ nằm trong \
            tệp: không mã lệnh, không cần mạng, không phông chữ bên ngoài. `pii run … --report \
            FILE` và `pii optimize … --report FILE` viết cùng báo cáo này (báo cáo của bộ tối ưu \
            có thêm đường biên và danh sách nhiệm vụ theo sở/ngành).

            Ví dụ:
            """ + Self.reportExamples,
            """
            The report holds the summary (milestones and their odds, the data's status, the \
            command that reproduces it), the rank fan chart, the rank distribution in the \
            horizon year, the pillars against the national average and the 10th province, every \
            indicator's gap to the national average coloured by department, and the rivals' \
            median paths. Everything is inline: no script, no network, no external fonts. \
            `pii run … --report FILE` and `pii optimize … --report FILE` write the same report \
            (the optimiser's adds the frontier and the task list per department).

            Examples:
            """ + Self.reportExamples)
        case .optimize: (
            "Chọn các biện pháp của một kịch bản cần đầu tư: xác suất cao nhất trong một ngân sách, hoặc một xác suất với chi phí thấp nhất.",
            "Choose which measures of a scenario to fund: the best odds within a budget, or a probability at least cost.")
        case .optimizeDiscussion: (
            """
            Mỗi danh mục biện pháp có thể chọn từ tệp kịch bản (theo các mức và năm bắt đầu, khi \
            tệp cho các phương án) được đánh giá bằng chính bộ mô phỏng trên cùng các kịch bản, \
            nên các danh mục chỉ khác nhau ở biện pháp. Cách tìm: tham lam theo mức tăng trên \
            chi phí, một bài toán quy hoạch nguyên trên mẫu tuyến tính hoá (COIN-OR CBC) làm \
            điểm xuất phát khác và làm cận, rồi tìm kiếm cục bộ; xét hết mọi danh mục khi chúng \
            ít. Danh mục được chọn được kiểm tra lại trên các kịch bản mới, kèm khoảng tin cậy \
            Wilson 95 %.

            Mục tiêu (--objective): rank-milestones (mặc định: đạt cùng lúc mọi mốc thứ hạng của \
            tệp), every-milestone (cả mốc chỉ số), top10 (vào top 10 ở năm cuối).

            Ví dụ:
              pii optimize Scenarios/ninh-binh-plan.yaml                 ngân sách của tệp
              pii optimize Scenarios/ninh-binh-plan.yaml --budget 300 --objective top10
              pii optimize Scenarios/ninh-binh-plan.yaml --target-probability 0.8 --out plan/
            """,
            """
            Every candidate portfolio of the scenario file's measures (at their levels and start \
            years, when the file gives alternatives) is evaluated with the exact engine on the \
            same scenarios, so that portfolios differ only by their measures. The search: greedy \
            by gain per cost, an integer programme on the linearised sample (COIN-OR CBC) as \
            another start and a bound, then local search; all portfolios when they are few. The \
            portfolio chosen is checked on fresh scenarios, with a 95 % Wilson interval.

            Objectives: rank-milestones (default: every rank milestone of the file together), \
            every-milestone (the indicator target too), top10 (top 10 in the horizon year).

            Examples:
              pii optimize Scenarios/ninh-binh-plan.yaml                 the file's budget
              pii optimize Scenarios/ninh-binh-plan.yaml --budget 300 --objective top10
              pii optimize Scenarios/ninh-binh-plan.yaml --target-probability 0.8 --out plan/
            """)
        case .score: (
            "Tính chỉ số cho một năm: điểm, thứ hạng và các trụ cột của mọi tỉnh, hoặc hồ sơ của một tỉnh.",
            "Compute the index for one year: every province's score, rank and pillars, or one province's profile.")
        case .scoreDiscussion: (
            """
            Ví dụ:
              pii score                               bảng xếp hạng năm mới nhất
              pii score --year 2024 --lang en
              pii score --province "Ninh Bình"        điểm và hạng ở mọi cấp, điểm mạnh, điểm \
            yếu, khoảng cách tới trung bình cả nước
              pii score --format json > scores.json
            """,
            """
            Examples:
              pii score                               the latest year's ranking
              pii score --year 2024 --lang en
              pii score --province "Ninh Bình"        scores and ranks at every level, strengths, \
            weaknesses, gaps to the national average
              pii score --format json > scores.json
            """)
        case .gap: (
            "Mức cải thiện nhỏ nhất để một tỉnh đạt một thứ hạng, theo từng chỉ số.",
            "The smallest improvement that puts a province at a rank, indicator by indicator.")
        case .gapDiscussion: (
            """
            Giữ nguyên giá trị của các tỉnh khác và tìm tổ hợp chỉ số rẻ nhất của tỉnh để đạt \
            thứ hạng: trên số liệu của một năm (--year), hoặc trên dự báo trung vị của một tệp \
            kịch bản (--forecast 2030 --scenario FILE, đã gồm các biện pháp của kịch bản). Các \
            chỉ số được nâng lần lượt theo chi phí cho mỗi điểm PII, mỗi chỉ số tới giới hạn miền \
            giá trị hoặc max_change của tệp chi phí, và mọi kết quả được tính lại bằng bộ tính \
            điểm đầy đủ. Cũng cho biết mục tiêu còn lại của kế hoạch, mọi chỉ số đạt trung bình cả \
            nước, tự nó đáng giá bao nhiêu. Chi phí: --costs FILE (docs/data-formats.md); mặc định \
            mỗi điểm chuẩn hoá có chi phí như nhau.

            Với --probability p, kết quả là một lộ trình: chỉ tiêu từng năm cho từng chỉ số, cộng \
            thêm vào dự báo khi không có biện pháp của tỉnh, để đạt các mốc (--rank k --forecast \
            Y, hoặc mọi mốc thứ hạng của tệp với --milestones) trong ít nhất tỉ lệ p các kịch bản \
            Monte Carlo của mọi tỉnh, được kiểm tra lại trên các kịch bản mới (docs/pathway.md).

            Ví dụ:
            """ + Self.gapExamples,
            """
            Holds the other provinces' values and finds the cheapest mix of the province's \
            indicators that reaches the rank: on a year's data (--year), or on the median forecast \
            of a scenario file (--forecast 2030 --scenario FILE, which includes the scenario's \
            interventions). Indicators are filled in order of cost per PII point, each up to its \
            domain or the cost file's max_change, and every answer is re-scored by the full scorer. \
            Also shows what the plan's other target, every indicator at the national average, is \
            worth on its own. Costs: --costs FILE (docs/data-formats.md); by default every \
            normalised point costs the same.

            With --probability p the answer is a pathway instead: yearly targets per indicator, on \
            top of the province's no-measure forecast, that meet the milestones (--rank k --forecast \
            Y, or every rank milestone of the file with --milestones) in at least p of the Monte \
            Carlo scenarios of every province, checked on fresh scenarios (docs/pathway.md).

            Examples:
            """ + Self.gapExamples)
        case .validate: (
            "Kiểm tra một bộ số liệu: các lỗi kèm dòng, giá trị thiếu theo sở/ngành, các năm và chỉ số cần xem lại.",
            "Check a data set: errors with their lines, missing values by department, years and indicators to look at.")
        case .validateDiscussion: (
            """
            Lỗi (tỉnh hoặc chỉ số không có trong danh mục, chữ ở chỗ phải là số, dòng trùng lặp, \
            giá trị ngoài miền của chỉ số) làm lệnh kết thúc với mã 1; cảnh báo (giá trị thiếu, \
            tỉnh không có số liệu trong một năm, chỉ số không biến thiên) thì không.
            """,
            """
            Errors (unknown provinces or indicators, text where a number belongs, duplicated rows, \
            values outside an indicator's domain) make the command exit with status 1; warnings \
            (missing values, provinces with no data in a year, indicators with no variance) do not.
            """)
        case .data: (
            "Xuất số liệu đang dùng (CSV hoặc .xlsx) hoặc viết biểu mẫu để các sở/ngành điền.",
            "Export the data in use (CSV or .xlsx) or write the template the departments fill in.")
        case .dataExport: (
            "Viết bảng số liệu, khung chỉ số và danh sách tỉnh đang dùng (có sẵn hoặc được cung cấp) thành tệp Excel hoặc các tệp CSV.",
            "Write the panel, framework and provinces in use (embedded or given) as a workbook or CSV files.")
        case .dataExportDiscussion: (
            """
            --out FILE.xlsx viết một tệp Excel: mỗi năm một trang tính (dạng rộng) hoặc một trang \
            số liệu (dạng dài), rồi các trang framework và provinces; `pii score --data FILE.xlsx` \
            đọc lại được (bỏ qua hai trang framework và provinces), --framework \
            FILE.xlsx#framework và --provinces FILE.xlsx#provinces cũng vậy. --out FOLDER viết \
            panel.csv, framework.csv và provinces.csv. Không có --out thì bảng số liệu CSV được in \
            ra màn hình.

            Ví dụ:
              pii data export --out pii-data.xlsx        mỗi năm một trang, mỗi tỉnh một dòng
              pii data export --layout long --out data/
              pii data export > panel.csv
            """,
            """
            --out FILE.xlsx writes one workbook: a sheet per year (wide) or one panel sheet (long), \
            then the framework and provinces sheets; `pii score --data FILE.xlsx` reads it back \
            (the framework and provinces sheets are skipped), and so do --framework FILE.xlsx#framework \
            and --provinces FILE.xlsx#provinces. --out FOLDER writes panel.csv, framework.csv and \
            provinces.csv. Without --out the panel CSV goes to the terminal.

            Examples:
              pii data export --out pii-data.xlsx        a sheet per year, provinces as rows
              pii data export --layout long --out data/
              pii data export > panel.csv
            """)
        case .dataTemplate: (
            "Viết tệp Excel để các sở/ngành điền: mỗi chỉ số một dòng, mỗi tỉnh một cột.",
            "Write the workbook the departments fill in: one row per indicator, a column per province.")
        case .dataTemplateDiscussion: (
            """
            Mỗi dòng gồm mã, tên, đơn vị, sở/ngành phụ trách và năm của một chỉ số, rồi một ô \
            trống cho mỗi tỉnh. `pii validate --data FILE.xlsx` và `pii score --data FILE.xlsx` \
            đọc lại được tệp như nó là, đã điền hay chưa. --by-department cho mỗi sở/ngành một \
            trang tính gồm các chỉ số của mình.

            Ví dụ:
            """ + Self.dataTemplateExamples,
            """
            Each row holds an indicator's code, name, unit, owning department and the year, then an \
            empty cell per province. `pii validate --data FILE.xlsx` and `pii score --data FILE.xlsx` \
            read it back as it is, filled in or not. --by-department gives each department a sheet \
            of its own indicators.

            Examples:
            """ + Self.dataTemplateExamples)
        case .backtest: (
            "Đánh giá các mô hình dự báo trên chính lịch sử của số liệu: gốc dự báo lùi dần, điểm đánh giá thứ hạng, so với cách dự báo đơn giản.",
            "Judge the forecast models on the data's own history: rolling origins, rank scores, naive baselines.")
        case .backtestDiscussion: (
            """
            Với mỗi gốc (một khoảng các kỳ công bố), mọi mô hình chỉ được ước lượng trên khoảng đó \
            và chạy tiếp như `pii run`; thứ hạng thực của mỗi kỳ sau dùng để chấm các dự báo ở độ \
            dài đó, từng tỉnh một: CRPS của phân bố thứ hạng, độ phủ của các khoảng 50 % và 90 % \
            bên cạnh xác suất danh nghĩa, điểm Brier và bảng độ tin cậy của P(hạng ≤ top), sai số \
            của thứ hạng trung vị. Hai cách dự báo đơn giản được chấm như nhau: giữ nguyên (hạng \
            cuối của khoảng cộng một thay đổi hạng rút từ chính khoảng đó) và trung bình lịch sử \
            (hạng trung bình cộng các thay đổi như trên). docs/forecasting.md có kết quả trên một \
            bộ số liệu thật 11 kỳ.

            Ví dụ:
            """ + Self.backtestExamples,
            """
            For each origin (a window of editions) every model is fitted on that window only and \
            run forward as `pii run` runs it; each later edition's real ranks score the forecasts \
            at that horizon, province by province: the CRPS of the rank distribution, the \
            coverage of its 50 % and 90 % intervals beside the probability they held, the Brier \
            score and a reliability table of P(rank ≤ top), the error of the median rank. Two \
            naive rules are scored the same way: persistence (the window's last rank plus a rank \
            change drawn from the window's own) and history-mean (its mean rank plus the same \
            changes). docs/forecasting.md has the figures on a real 11-edition panel.

            Examples:
            """ + Self.backtestExamples)
        case .bench: (
            "Đo tốc độ của bộ mô phỏng, tính bằng số kịch bản-năm mỗi giây.",
            "Measure the engine's throughput in scenario-years per second.")
        case .serve: (
            "Mở phòng kế hoạch PII trong trình duyệt: xếp hạng, kịch bản, lộ trình và dữ liệu.",
            "Open the PII planning room in a browser: ranking, what-if odds, pathway and data.")
        case .serveDiscussion: (
            """
            Các trang và API JSON dùng đúng các phép tính của các lệnh khác. Mặc định máy chủ chỉ \
            nghe trên máy này (127.0.0.1:8080); với --host khác, mọi yêu cầu phải có mã truy cập \
            (--token, hoặc mã tạo ngẫu nhiên được in ra). Tệp tải lên chỉ được đọc trong bộ nhớ \
            và chỉ thuộc phiên làm việc đã tải lên. API được mô tả ở /openapi.json.
            """,
            """
            The pages and a JSON API over the same computations as the other commands. By default \
            the server listens on this machine only (127.0.0.1:8080); with another --host every \
            request needs the token (--token, or a generated one it prints). Uploads are read in \
            memory and belong to the session that sent them. The API is described at /openapi.json.
            """)
        case .benchDiscussion: (
            """
            Phép đo bộ tính điểm chấm các bảng số liệu ngẫu nhiên có hình dạng của khung mặc định \
            (34 tỉnh, 52 chỉ số, giá trị phân phối log-chuẩn với σ = 0.8), tạo sẵn trước khi bấm \
            giờ: kiểm tra và xử lý ngoại lai, chuẩn hoá, tổng hợp và xếp hạng. Mặc định mỗi lô \
            giữ những gì một lần chạy Monte Carlo cần đọc (chỉ số, thứ hạng, hiệu quả và mọi giá \
            trị tổng hợp); --keep-indicator-scores ghi thêm mọi điểm chuẩn hoá của chỉ số, như \
            `pii score`. Mỗi trường hợp báo trung vị của nhiều lần chạy sau một lần khởi động.
            """,
            """
            The scorer benchmark scores random panels of the default framework's shape (34 provinces, \
            52 indicators, lognormal values with σ = 0.8), generated before the clock starts: outlier \
            check and treatment, normalisation, aggregation and ranking. By default the batches \
            keep what a Monte Carlo run reads (index, ranks, efficiency and every aggregate); \
            --keep-indicator-scores also writes out every normalised indicator score, as `pii score` \
            does. Each case reports the median of several runs after a warm-up.
            """)

        case .framework: (
            "Khung chỉ số, CSV hoặc .xlsx (mặc định: khung PII 2025 có sẵn).",
            "Framework CSV or .xlsx (default: the embedded PII 2025 framework).")
        case .provinces: (
            "Danh sách tỉnh, CSV hoặc .xlsx (mặc định: 34 tỉnh, thành phố có sẵn).",
            "Provinces CSV or .xlsx (default: the embedded 34 provinces).")
        case .panel: (
            "Bảng số liệu, CSV hoặc .xlsx: dạng dài (year,province,indicator,value), dạng rộng (province + mã chỉ số) hoặc dạng chuyển vị (indicator + các tỉnh); mặc định: bộ số liệu minh hoạ có sẵn.",
            "Panel CSV or .xlsx: long (year,province,indicator,value), wide (province + indicator codes) or transposed (indicator + provinces); default: the embedded illustrative panel.")
        case .normalised: (
            "Bảng số liệu chứa điểm chỉ số 0–100 đã công bố, không phải giá trị thô (không xử lý ngoại lai, chiều +1).",
            "The panel holds published 0–100 indicator scores, not raw values (no outlier treatment, direction +1).")
        case .decimalComma: (
            "Số trong các tệp CSV dùng dấu phẩy thập phân (89,7; dấu chấm tách hàng nghìn). Tự nhận biết, trừ khi tệp lẫn cả hai cách.",
            "Numbers in the CSV files use a decimal comma (89,7; a point groups thousands). Found by itself unless the file mixes both.")
        case .dataYear: (
            "Năm của một bảng dạng rộng không có cột year và không có trang tính mang tên năm.",
            "The year of a wide panel table that has no year column and no sheet named by its year.")
        case .skewnessThreshold: (
            "Đánh dấu một chỉ số cần xử lý ngoại lai khi |độ lệch| vượt ngưỡng này.",
            "Flag an indicator for outlier treatment when |skewness| exceeds this.")
        case .kurtosisThreshold: (
            "…và độ nhọn vượt chuẩn của nó vượt ngưỡng này.",
            "…and its excess kurtosis exceeds this.")
        case .maxWinsorisationSteps: (
            "Số bước cắt đuôi (winsor hoá) trước khi chuyển sang biến đổi log có co giãn.",
            "Winsorisation steps before falling back to the scaled log.")
        case .missingValues: (
            "Cách tính một giá trị thiếu: renormalise (bỏ qua, như GII), lowest (được 0 điểm) hoặc zero (giá trị thô bằng 0).",
            "How a missing value counts: renormalise (left out, the GII practice), lowest (scores 0) or zero (the raw value 0).")
        case .formatAny: (
            "Định dạng kết quả: table, json, csv hoặc xlsx (tệp Excel; cần --out, tự chọn khi --out FILE.xlsx).",
            "Output format: table, json, csv or xlsx (a workbook; needs --out, implied by --out FILE.xlsx).")
        case .formatTableJSON: (
            "Định dạng kết quả: table hoặc json.",
            "Output format: table or json.")
        case .formatTerminal: (
            "Định dạng kết quả in ra màn hình: table hoặc json.",
            "Output format on the terminal: table or json.")
        case .language: (
            "Ngôn ngữ của nhãn, tên và thông báo: vi hoặc en (mặc định: biến môi trường PII_LANG, nếu không có thì vi).",
            "Language of labels, names and messages: vi or en (default: the PII_LANG environment variable, else vi).")
        case .outFile: (
            "Ghi kết quả vào tệp này thay vì in ra màn hình.",
            "Write the output to this file instead of the terminal.")
        case .scenarioFile: (
            "Tệp kịch bản (YAML).",
            "The scenario file (YAML).")
        case .scenarios: (
            "Số kịch bản (thay cho số trong tệp).",
            "Number of scenarios (overrides the file).")
        case .seed: (
            "Hạt giống ngẫu nhiên (thay cho hạt giống trong tệp).",
            "Random seed (overrides the file).")
        case .threads: (
            "Số luồng xử lý: mỗi nhân của máy một luồng nếu không chỉ định. Kết quả không phụ thuộc vào số này.",
            "Worker threads: one per core of this machine unless given. Results do not depend on it.")
        case .batch: (
            "Số kịch bản mô phỏng song song trong một lô, bội số của 8. Kết quả không phụ thuộc vào số này.",
            "Scenarios simulated side by side in one batch, a multiple of 8. Results do not depend on it.")

        case .runOut: (
            "Ghi thêm run.json, các tệp CSV (phân bố thứ hạng, các mốc, các tỉnh) và run.xlsx (các bảng đó, mỗi bảng một trang) vào thư mục này.",
            "Also write run.json, CSV files (rank distribution, milestones, provinces) and run.xlsx (those tables as sheets) into this folder.")
        case .runReport: (
            "Ghi thêm báo cáo HTML (biểu đồ, khổ A4) vào tệp này.",
            "Also write the HTML report (charts, A4) to this file.")
        case .reportOut: (
            "Tệp HTML cần ghi (mặc định: tên của tệp kịch bản với đuôi .html, trong thư mục hiện tại).",
            "The HTML file to write (default: the scenario's name with .html, in the current folder).")
        case .compareFirst: (
            "Tệp kịch bản thứ nhất (A), chẳng hạn khi giữ nguyên như hiện nay.",
            "The first scenario file (A), such as business as usual.")
        case .compareSecond: (
            "Tệp kịch bản thứ hai (B), chẳng hạn kế hoạch.",
            "The second scenario file (B), such as the plan.")
        case .compareReport: (
            "Ghi thêm phần so sánh thành báo cáo HTML (các bảng và hai đường thứ hạng, khổ A4) vào tệp này.",
            "Also write the comparison as an HTML report (tables and the two rank paths, A4) to this file.")

        case .optimizeScenario: (
            "Tệp kịch bản (YAML) chứa các biện pháp để chọn.",
            "The scenario file (YAML) whose measures to choose from.")
        case .budget: (
            "Ngân sách, tỷ đồng (mặc định: budget: của tệp, nếu không có thì mọi biện pháp).",
            "Budget in billion VND (default: the file's budget:, else every measure).")
        case .targetProbability: (
            "Thay cho ngân sách: danh mục có chi phí thấp nhất mà xác suất đạt mức này (0–1).",
            "Instead of a budget: the least-cost portfolio whose odds reach this probability (0–1).")
        case .objective: (
            "Điều cần tối đa hoá: rank-milestones, every-milestone hoặc top10.",
            "What to maximise: rank-milestones, every-milestone or top10.")
        case .optimizeScenarios: (
            "Số kịch bản dùng để đánh giá mọi danh mục (như nhau cho tất cả).",
            "Scenarios every portfolio is evaluated on (the same for all).")
        case .verify: (
            "Số kịch bản mới dùng để kiểm tra lại danh mục được chọn.",
            "Fresh scenarios the chosen portfolio is checked on.")
        case .optimizeOut: (
            "Ghi thêm optimize.json, frontier.csv, tasks.csv và optimize.xlsx (hai bảng đó, mỗi bảng một trang) vào thư mục này.",
            "Also write optimize.json, frontier.csv, tasks.csv and optimize.xlsx (the two tables as sheets) into this folder.")
        case .optimizeReport: (
            "Ghi thêm báo cáo HTML của danh mục được chọn (lần chạy trên các kịch bản mới, đường biên, các nhiệm vụ).",
            "Also write the HTML report of the chosen portfolio (its run on the fresh scenarios, the frontier, the tasks).")

        case .scoreYear: (
            "Năm công bố PII cần tính (mặc định: năm mới nhất trong bảng số liệu).",
            "The PII edition year to score (default: the latest year in the panel).")
        case .scoreProvince: (
            "Hiện hồ sơ của một tỉnh: mã hoặc tên, có hoặc không có dấu.",
            "Show one province's profile: an id or a name, with or without diacritics.")
        case .gapProvince: (
            "Tỉnh: mã hoặc tên, có hoặc không có dấu (mặc định khi có --scenario: tỉnh của kịch bản).",
            "The province: an id or a name, with or without diacritics (default with --scenario: its province).")
        case .gapRank: (
            "Thứ hạng cần đạt (1 là cao nhất).",
            "The rank to reach (1 is best).")
        case .gapYear: (
            "Năm công bố PII có số liệu cần dùng (mặc định: năm mới nhất trong bảng số liệu).",
            "The PII edition year whose data to use (default: the latest year in the panel).")
        case .gapForecast: (
            "Dùng dự báo trung vị cho năm công bố này thay cho số liệu (cần --scenario).",
            "Use the median forecast for this edition year instead of data (needs --scenario).")
        case .gapScenario: (
            "Tệp kịch bản có số liệu, mô hình và biện pháp mà dự báo dùng.",
            "The scenario file whose data, model and interventions the forecast uses.")
        case .gapScenarios: (
            "Số kịch bản để lấy dự báo trung vị (mặc định 2001), hoặc với --probability là mẫu tìm kiếm (mặc định 2000).",
            "Scenarios the median forecast is taken over (default 2001), or with --probability the search sample (default 2000).")
        case .gapProbability: (
            "Với --scenario: lộ trình chỉ tiêu từng năm rẻ nhất đạt các mốc với xác suất ít nhất bằng mức này, trên dự báo Monte Carlo của mọi tỉnh; nhiều mức cạnh nhau: 0.5,0.8,0.9.",
            "With --scenario: the cheapest pathway of yearly targets that meets the milestones with at least this probability, over the Monte Carlo forecast of every province; several side by side: 0.5,0.8,0.9.")
        case .gapMilestones: (
            "Với --probability: đạt cùng lúc mọi mốc thứ hạng của tệp kịch bản (thay cho --rank k --forecast Y).",
            "With --probability: meet every rank milestone of the scenario file together (instead of --rank k --forecast Y).")
        case .gapCheck: (
            "Với --probability: số kịch bản mới, đánh số tiếp sau mẫu tìm kiếm, để kiểm tra kết quả.",
            "With --probability: fresh scenarios, numbered after the search's, that check the answer.")
        case .gapSeed: (
            "Với --probability: hạt giống ngẫu nhiên (mặc định: của tệp kịch bản).",
            "With --probability: the seed (default: the scenario file's).")
        case .gapThreads: (
            "Số luồng xử lý cho Monte Carlo (kết quả không phụ thuộc vào số này).",
            "Worker threads for the Monte Carlo (results do not depend on it).")
        case .gapSaveScenario: (
            "Với --probability: ghi kịch bản với lộ trình làm các biện pháp (mỗi chỉ số, mỗi năm một biện pháp), để dùng với pii run và pii report.",
            "With --probability: write the scenario with the pathway as its measures (one per indicator and year), for pii run and pii report.")
        case .gapReport: (
            "Với --probability: ghi thêm báo cáo HTML về lần kiểm tra lại của lộ trình thứ nhất, kèm chỉ tiêu của mọi lộ trình theo sở/ngành.",
            "With --probability: also write an HTML report of the first pathway's fresh check, with every pathway's targets by department.")
        case .gapCosts: (
            "Tệp chi phí CSV: indicator,cost_per_unit,max_change (thay cho costs: của kịch bản).",
            "Cost CSV: indicator,cost_per_unit,max_change (overrides the scenario's costs:).")

        case .exportLayout: (
            "Dạng bảng số liệu: wide (mỗi tỉnh một dòng, mỗi mã chỉ số một cột; mỗi năm một trang) hoặc long (year,province,indicator,value).",
            "Panel layout: wide (provinces as rows, indicator codes as columns; a sheet per year) or long (year,province,indicator,value).")
        case .exportOut: (
            "Một tệp Excel (.xlsx) hoặc một thư mục cho các tệp CSV; mặc định: in bảng số liệu CSV ra màn hình.",
            "A workbook (.xlsx) or a folder for the CSV files; default: the panel CSV on the terminal.")
        case .exportFramework: (
            "Khung chỉ số, CSV hoặc .xlsx (mặc định: khung có sẵn).",
            "Framework CSV or .xlsx (default: the embedded one).")
        case .exportProvinces: (
            "Danh sách tỉnh, CSV hoặc .xlsx (mặc định: 34 tỉnh, thành phố có sẵn).",
            "Provinces CSV or .xlsx (default: the embedded 34).")
        case .templateYear: (
            "Năm công bố PII mà các giá trị thuộc về.",
            "The PII edition year the values are for.")
        case .templateByDepartment: (
            "Mỗi sở/ngành một trang tính (theo cột owner của khung chỉ số) thay vì một trang chung.",
            "One sheet per department (the framework's owner column) instead of one sheet.")
        case .templateOut: (
            "Tệp Excel cần ghi (.xlsx), hoặc một tệp .csv cho một bảng.",
            "The workbook to write (.xlsx), or a .csv file for one table.")

        case .origins: (
            "Các khoảng ước lượng, cách nhau bằng dấu phẩy, mỗi khoảng FIRST-LAST (mặc định: mọi khoảng mở rộng dần từ kỳ đầu tiên mà còn để lại một kỳ để dự báo).",
            "Fit windows, comma-separated, each FIRST-LAST (default: every expanding window from the first edition that leaves an edition to forecast).")
        case .horizon: (
            "Độ dài dự báo xa nhất được chấm, tính bằng số kỳ sau khoảng ước lượng.",
            "Furthest horizon scored, in editions after the window.")
        case .models: (
            "Các mô hình, cách nhau bằng dấu phẩy (mặc định: mọi mô hình).",
            "Models, comma-separated (default: every model).")
        case .shocks: (
            "Loại cú sốc của random-walk, drift, mean-reversion và mixture, cách nhau bằng dấu phẩy: resample, gaussian.",
            "Shocks of random-walk, drift, mean-reversion and mixture, comma-separated: resample, gaussian.")
        case .backtestScenarios: (
            "Số kịch bản cho mỗi mô hình và mỗi gốc.",
            "Scenarios per model and origin.")
        case .backtestSeed: (
            "Hạt giống ngẫu nhiên.",
            "Random seed.")
        case .top: (
            "Thứ hạng mà P(hạng ≤ top) nói tới trong điểm Brier và bảng độ tin cậy.",
            "The rank P(rank ≤ top) is about in the Brier score and the reliability table.")
        case .backtestReport: (
            "Ghi thêm một trang HTML có các biểu đồ vào tệp này.",
            "Also write an HTML page with the charts to this file.")

        case .benchScenarios: (
            "Số kịch bản cho mỗi trường hợp (mặc định: 1000, 10000 và 100000).",
            "Scenarios per case (default: 1000, 10000 and 100000).")
        case .benchThreads: (
            "Số luồng xử lý: mỗi nhân của máy một luồng nếu không chỉ định.",
            "Worker threads: one per core of this machine unless given.")
        case .benchWidth: (
            "Số kịch bản được tính điểm song song trong một lô (bội số của 8).",
            "Scenarios scored side by side in one batch (a multiple of 8).")
        case .benchKernel: (
            "Cách tổng hợp nhóm: fused hoặc blas.",
            "Group aggregation kernel: fused or blas.")
        case .benchKeepScores: (
            "Phép đo bộ tính điểm: ghi thêm mọi điểm chuẩn hoá của chỉ số, như `pii score` (mặc định mỗi lô chỉ giữ những gì một lần chạy Monte Carlo cần đọc: chỉ số, thứ hạng và mọi giá trị tổng hợp).",
            "Scorer benchmark: also write out every normalised indicator score, as `pii score` does (by default the batches keep what a Monte Carlo run reads: index, ranks and every aggregate).")
        case .benchOnly: (
            "Đo gì: scorer, simulation hoặc all.",
            "What to measure: scorer, simulation or all.")
        case .benchModel: (
            "Mô hình dự báo của phép đo mô phỏng (mặc định: local-level, như các kịch bản Ninh Bình).",
            "Forecast model of the simulation benchmark (default: local-level, as the Ninh Bình scenarios).")
        case .benchRuns: (
            "Số lần chạy có bấm giờ cho mỗi trường hợp (mặc định: 25, 11 hoặc 5 tuỳ cỡ); báo trung vị.",
            "Timed runs per case (default: 25, 11 or 5 by size); the median is reported.")
        case .benchJSON: (
            "Mỗi dòng một đối tượng JSON thay cho bảng.",
            "One JSON object per line instead of a table.")
        case .serveHost: (
            "Địa chỉ máy chủ nghe (mặc định chỉ máy này; địa chỉ khác cần mã truy cập).",
            "The address to listen on (by default this machine only; any other needs a token).")
        case .servePort: ("Cổng.", "The port.")
        case .serveToken: (
            "Mã truy cập mọi yêu cầu phải có (tạo ngẫu nhiên khi nghe trên mạng mà không đặt).",
            "The token every request must carry (generated when listening on the network without one).")
        case .serveScenarios: (
            "Thư mục kịch bản mà trang Kịch bản mở được; không yêu cầu nào đọc được tệp ngoài thư mục này.",
            "The folder of scenario files the what-if page can open; no request can read a file outside it.")
        case .serveSlots: (
            "Số mô phỏng chạy cùng lúc; các yêu cầu khác chờ đến lượt.",
            "Simulations that run at once; other requests wait their turn.")
        }
    }
}
