using Chancery.Extraction.Output;
using Chancery.Extraction.Reading;

namespace Chancery.App.Extraction;

/// <summary>What became of one document: its text and the engagements read from it, or why it could not be read.</summary>
public sealed record DocumentExtraction(DocumentSource Source, SourceDocument? Document, ExtractionResult? Result, string? Error)
{
    public bool Failed => Error is not null;
}
