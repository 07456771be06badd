using Chancery.App.Ingestion;

namespace Chancery.Cli.Rendering;

/// <summary>What <c>ingest</c>, <c>watch</c> and <c>work</c> print of an ingestion: each failed document as it fails, and the counts.</summary>
internal static class IngestionOutput
{
    /// <summary>Writes a failed document's error on one line, naming it, as it happens.</summary>
    public static Action<DocumentIngestion> ErrorsTo(TextWriter error) => outcome =>
    {
        if (outcome.Error is { } message)
        {
            error.WriteLine($"chancery: {outcome.Location}: {message}");
        }
    };

    /// <summary>"81 stored, 0 already stored, 0 failed; 193 engagements new, 1 reported again, 0 flags for review."</summary>
    public static string Counts(IngestionReport report) =>
        $"{report.Stored} stored, {report.AlreadyStored} already stored, {report.Failed} failed; "
        + $"{report.Created} engagements new, {report.Merged} reported again, {report.Flags} flags for review.";
}
