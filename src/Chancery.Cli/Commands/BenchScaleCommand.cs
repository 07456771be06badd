using Chancery.App;
using Chancery.App.Benchmarks;
using Chancery.App.Extraction;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Extraction;
using Chancery.Web.Benchmarks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery bench scale</c>: a store grown to a team's size (a million engagements, 200,000 people and the evidence
/// spans their copies carry), the pages people open most timed on it at p50 and p95, and ingestion into it, written as
/// a Markdown report.
/// </summary>
internal sealed class BenchScaleCommand(CliEnvironment environment) : AsyncCommand<BenchScaleSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchScaleSettings settings, CancellationToken cancellationToken)
    {
        var corpus = new CorpusGenerator(BenchSeedsOption.Read(settings));
        await using var grown = await GrownStore.OpenAsync(environment, settings.Database, settings.Engagements, settings.People, cancellationToken);
        var store = grown.Workspace.Store;
        var pages = await ProgressDisplay.RunAsync(environment.Progress, "Timing pages", progress =>
            WebBenchmark.RunAsync(store, settings.Requests, new Progress<int>(done => progress?.Report(new LoadProgress("Timing pages", done, settings.Requests))), cancellationToken));
        // Counted before ingestion: the report describes the store the pages were timed on. Releases are ingested from
        // past as many as it has sources, so that a rerun on a kept store ingests new ones, not those it holds.
        var counts = await store.ReadAsync((r, ct) => r.CountsAsync(ct), cancellationToken);
        var evidence = await store.ReadAsync((r, ct) => r.EvidenceSpansAsync(ct), cancellationToken);
        var ingestion = await ProgressDisplay.RunAsync(environment.Progress, "Ingesting", progress =>
            new IngestionBenchmark(new ExtractionRunner(Extractor.Default, ExtractionOptions.Default), store, corpus).RunAsync(settings.Documents, progress, first: counts.Sources, cancellationToken));
        var report = ScaleReportMarkdown.Write(new ScaleReport(store.Description.Engine, environment.Clock.GetUtcNow(), counts, evidence, settings.Requests, pages, ingestion));
        if (settings.Report is { } path)
        {
            await File.WriteAllTextAsync(path, report, cancellationToken);
            environment.Out.MarkupLine($"Report written to {Markup.Escape(path)}");
        }
        else
        {
            environment.WriteRaw(report);
        }
        return ingestion.Failed > 0 ? 1 : 0;
    }
}
