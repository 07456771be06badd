using Chancery.App.Extraction;
using Chancery.Cli.Commands;
using Spectre.Console.Cli;

namespace Chancery.Cli;

/// <summary>The <c>chancery</c> command line: its commands, and how any failure becomes one line on stderr and exit code 1.</summary>
public static class ChanceryCli
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment)
    {
        if (OptionValues.FindMissing(args) is { } option)
        {
            environment.Error.WriteLine($"chancery: {option} needs a value (see `chancery --help`)");
            return 1;
        }
        // The parser takes a lone "-" for an option; "read standard input" travels past it under another name.
        args = [.. args.Select(arg => arg == "-" ? DocumentSources.StandardInput : arg)];
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("chancery");
            config.UseAssemblyInformationalVersion();
            config.UseStrictParsing();
            config.ConfigureConsole(environment.Out);
            config.Settings.Registrar.RegisterInstance(environment);
            config.SetExceptionHandler((exception, _) =>
            {
                environment.Error.WriteLine($"chancery: {ErrorMessage.For(exception)}");
                return 1;
            });

            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve the web application and the JSON API on this machine (http://127.0.0.1:5080), with the demo data on first run.")
                .WithExample("serve")
                .WithExample("serve", "--urls", "http://127.0.0.1:8080", "--db", "team.db");
            config.AddBranch("user", user =>
            {
                user.SetDescription("Manage who signs in to the web application and the API.");
                user.AddCommand<UserAddCommand>("add")
                    .WithDescription("Add a user; the password is shown once.")
                    .WithExample("user", "add", "anna", "--role", "editor", "--clearance", "restricted");
                user.AddCommand<UserTokenCommand>("token")
                    .WithDescription("Issue an API token acting as a user; it is shown once.")
                    .WithExample("user", "token", "anna", "--label", "nightly-ingest");
            });
            config.AddCommand<InitCommand>("init")
                .WithDescription("Create a Chancery database with the reference data (states, organisations, partnerships, mechanisms).")
                .WithExample("init", "--db", "team.db");
            config.AddBranch("queue", queue =>
            {
                queue.SetDescription("The ingest queue: documents waiting for `chancery work`, shared by every worker on the store.");
                queue.AddCommand<QueueAddCommand>("add")
                    .WithDescription("Queue documents (files and folders), with their outlet and classification.")
                    .WithExample("queue", "add", "releases/", "--outlet", "ASEAN Secretariat");
                queue.AddCommand<QueueStatusCommand>("status")
                    .WithDescription("How many queued documents wait, run, are done or failed.");
            });
            config.AddCommand<WorkCommand>("work")
                .WithDescription("Run workers on the ingest queue until no document waits; run it on several machines sharing a PostgreSQL store.")
                .WithExample("work", "--workers", "8", "--db", "\"Host=db;Database=chancery;Username=chancery\"");
            config.AddCommand<MigrateCommand>("migrate")
                .WithDescription("Copy a whole store to another engine, ids and all: SQLite to PostgreSQL for a team, or back.")
                .WithExample("migrate", "--from", "chancery.db", "--to", "\"Host=db;Database=chancery;Username=chancery\"")
                .WithExample("migrate", "--from", "\"Host=db;Database=chancery;Username=chancery\"", "--to", "copy.db");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Load the demo dataset: real engagements of ASEAN and its partners, with sources and evidence.");
            config.AddCommand<PartnersCommand>("partners")
                .WithDescription("List ASEAN's partners: status, since when, coordinator, engagements.");
            config.AddCommand<EngagementsCommand>("engagements")
                .WithDescription("List engagements, newest first, filtered by partner, dates, kind, sector or words.")
                .WithExample("engagements", "--partner", "RU", "--since", "2023-01-01")
                .WithExample("engagements", "--kind", "courtesy-call", "--query", "Zagaynov", "--json");
            config.AddBranch("show", show =>
            {
                show.SetDescription("Show one record in full.");
                show.AddCommand<ShowEngagementCommand>("engagement")
                    .WithDescription("Show an engagement with its participants, sources and evidence.")
                    .WithExample("show", "engagement", "42");
            });
            config.AddCommand<ExtractCommand>("extract")
                .WithDescription("Read press releases and news (text, HTML, PDF) and write the engagements they report, as JSON.")
                .WithExample("extract", "release.txt")
                .WithExample("extract", "--format", "json", "--published", "2023-07-05", "news/");
            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Read documents into the store: sources, and draft engagements resolved to known people and mechanisms, reports of one engagement merged.")
                .WithExample("ingest", "news/")
                .WithExample("ingest", "https://asean.org/feed/")
                .WithExample("ingest", "--outlet", "TASS", "--classification", "restricted", "release.html");
            config.AddCommand<WatchCommand>("watch")
                .WithDescription("Poll RSS or Atom feeds until stopped, ingesting the stories they add.")
                .WithExample("watch", "https://asean.org/feed/", "--every", "15m");
            config.AddCommand<ReviewCommand>("review")
                .WithDescription("List the drafts and flagged engagements waiting for review, with their evidence.")
                .WithExample("review", "--limit", "5");
            config.AddCommand<ConfirmCommand>("confirm")
                .WithDescription("Confirm an engagement: later ingestion may only suggest changes to it.")
                .WithExample("confirm", "42");
            config.AddCommand<RejectCommand>("reject")
                .WithDescription("Reject an engagement as wrong; it is kept so that later reports of it are known.")
                .WithExample("reject", "42");
            config.AddCommand<EditCommand>("edit")
                .WithDescription("Set fields of an engagement; flags raised on them are settled.")
                .WithExample("edit", "42", "--date", "2023-07-05", "--city", "Jakarta");
            config.AddBranch("bench", bench =>
            {
                bench.SetDescription("Measure Chancery's speed.");
                bench.AddCommand<BenchExtractCommand>("extract")
                    .WithDescription("Extract a generated corpus (50 MB by default) on one core: throughput and memory as it grows.")
                    .WithExample("bench", "extract", "--size", "100");
                bench.AddCommand<BenchIngestCommand>("ingest")
                    .WithDescription("Ingest a generated corpus (100,000 releases by default) into a new database: documents per second, end to end, and memory.")
                    .WithExample("bench", "ingest", "--documents", "10000");
                bench.AddCommand<BenchWebCommand>("web")
                    .WithDescription("Time the engagement log and a partner's page on a store of 100,000 engagements: server time, p50 and p95.")
                    .WithExample("bench", "web", "--engagements", "100000", "--db", "bench-web.db");
                bench.AddCommand<BenchScaleCommand>("scale")
                    .WithDescription("Grow a store to a million engagements and 200,000 people, time the log, a partner's page and search at p50 and p95, and ingestion into it: a Markdown report.")
                    .WithExample("bench", "scale", "--db", "bench-scale.db", "--report", "bench/scale-sqlite.md");
                bench.AddCommand<BenchLoadCommand>("load")
                    .WithDescription("Drive 50 concurrent API clients against the server on loopback for 60 seconds: requests a second, errors, round trips at p50, p95 and p99.")
                    .WithExample("bench", "load", "--clients", "50", "--seconds", "60");
                bench.AddCommand<BenchCorpusCommand>("corpus")
                    .WithDescription("Write a generated benchmark corpus to a folder, one file a document.")
                    .WithExample("bench", "corpus", "--size", "50", "bench/corpus");
            });
            config.AddCommand<PeopleCommand>("people")
                .WithDescription("List people and the positions they held.")
                .WithExample("people", "--partner", "RU");
            config.AddCommand<MechanismsCommand>("mechanisms")
                .WithDescription("List dialogue mechanisms with their cadence, sittings and the next one expected.")
                .WithExample("mechanisms", "--partner", "RU")
                .WithExample("mechanisms", "--overdue");
            config.AddBranch("plan", plan =>
            {
                plan.SetDescription("Plans of action: import them, record how their action lines progress, link engagements to them.");
                plan.AddCommand<PlanImportCommand>("import")
                    .WithDescription("Import a plan from a Word document, a PDF or a text file with numbered sections and action lines, or from a CSV.")
                    .WithExample("plan", "import", "cpa.docx", "--id", "asean-ru-cpa-2021-2025", "--title", "ASEAN-Russia Comprehensive Plan of Action 2021-2025", "--partner", "RU", "--years", "2021-2025");
                plan.AddCommand<PlanShowCommand>("show")
                    .WithDescription("Show a plan's action lines and how many were implemented, at a date and year by year.")
                    .WithExample("plan", "show", "asean-ru-cpa-2021-2025", "--at", "2023-12-31");
                plan.AddCommand<PlanStatusCommand>("status")
                    .WithDescription("Record an action line's status from a day on, with the engagement that reported it.")
                    .WithExample("plan", "status", "asean-ru-cpa-2021-2025", "1.2.3", "implemented", "--on", "2024-06-12", "--engagement", "42");
                plan.AddCommand<PlanSuggestCommand>("suggest")
                    .WithDescription("Suggest the action lines an engagement may be evidence of (by sector and words).")
                    .WithExample("plan", "suggest", "42");
                plan.AddCommand<PlanLinkCommand>("link")
                    .WithDescription("Accept a suggested link between an action line and an engagement, or reject it.")
                    .WithExample("plan", "link", "asean-ru-cpa-2021-2025", "1.2.3", "42")
                    .WithExample("plan", "link", "asean-ru-cpa-2021-2025", "1.2.3", "42", "--reject");
            });
            config.AddCommand<AnalyticsCommand>("analytics")
                .WithDescription("A partner's engagements year by year, by kind and by sector, with the intensity of the relationship (engagements weighted by level); two partners compared.")
                .WithExample("analytics", "RU")
                .WithExample("analytics", "RU", "CN", "--json");
            config.AddCommand<CalendarCommand>("calendar")
                .WithDescription("Write upcoming meetings, announced and expected by each mechanism's cadence, as an iCalendar file.")
                .WithExample("calendar", "--out", "meetings.ics")
                .WithExample("calendar", "--months", "6", "--clearance", "public");
            config.AddCommand<BriefCommand>("brief")
                .WithDescription("Write a partner's briefing pack (status, recent engagements, expected meetings, open action lines, counterparts, stances, sources) as Markdown, HTML or Word.")
                .WithExample("brief", "RU", "--out", "brief.docx")
                .WithExample("brief", "RU", "--meeting", "asean-ru-som", "--format", "html", "--out", "arsom.html");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Export a list (CSV or JSON), the network of who met whom (GraphML) or the log as PLOVER-style event records (JSONL), within a clearance.")
                .WithExample("export", "engagements", "--partner", "RU", "--out", "russia.csv")
                .WithExample("export", "network", "--out", "network.graphml")
                .WithExample("export", "events", "--clearance", "public", "--out", "events.jsonl");
        });
        return await app.RunAsync(args);
    }
}
