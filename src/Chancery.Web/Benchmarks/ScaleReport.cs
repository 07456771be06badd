using Chancery.App.Benchmarks;
using Chancery.Store;

namespace Chancery.Web.Benchmarks;

/// <summary>What the scale benchmark measured on one engine: the store's size, the pages' server times and ingestion into it.</summary>
public sealed record ScaleReport(string Engine, DateTimeOffset Measured, StoreCounts Counts, long EvidenceSpans, int Requests, IReadOnlyList<PageTimings> Pages, IngestionBenchmarkReport Ingestion);
