namespace Chancery.Extraction.Reading;

/// <summary>What a document's bytes are, which decides how its text is read out of them.</summary>
public enum DocumentFormat
{
    Text,
    Html,
    Pdf,
}
