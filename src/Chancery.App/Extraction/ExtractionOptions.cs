using Chancery.Extraction.Reading;

namespace Chancery.App.Extraction;

/// <summary>How a batch of documents is read.</summary>
/// <param name="Published">The date of documents that carry none of their own.</param>
/// <param name="TimeLimit">How long one document may take before it is given up as failed.</param>
/// <param name="Parallelism">How many documents are read at once; results still come out in input order.</param>
public sealed record ExtractionOptions(DateOnly? Published, TimeSpan TimeLimit, int Parallelism, DocumentReader Reader)
{
    public static TimeSpan DefaultTimeLimit { get; } = TimeSpan.FromSeconds(20);

    public static ExtractionOptions Default { get; } = new(null, DefaultTimeLimit, Environment.ProcessorCount, DocumentReader.Default);
}
