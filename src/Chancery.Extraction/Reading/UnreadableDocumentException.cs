namespace Chancery.Extraction.Reading;

/// <summary>A document no reader can get text out of; the message says why in a few words ("a PNG image, not a document").</summary>
public sealed class UnreadableDocumentException(string message, Exception? inner = null) : Exception(message, inner);
