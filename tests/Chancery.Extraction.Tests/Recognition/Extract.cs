using Chancery.Extraction.Output;
using Chancery.Testing;

namespace Chancery.Extraction.Tests.Recognition;

/// <summary>Extraction as of the corpus day, for the tests that read short releases.</summary>
internal static class Extract
{
    private static readonly Extractor Extractor = new(ExtractionModel.Default, FixedClock.CorpusDay);

    public static ExtractionResult From(string text, DateOnly? published = null) => Extractor.Extract(text, published);

    public static ExtractedEngagement Primary(string text, DateOnly? published = null) =>
        From(text, published).Engagements.First(e => e.Role == Domain.CitationRole.Primary);
}
