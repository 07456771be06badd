using System.Text;

namespace Chancery.Extraction.Reading;

/// <summary>The legacy code pages (Windows-1252 and the others pages declare), which .NET provides once registered.</summary>
internal static class CodePages
{
    // Registered by the first field initialiser, which runs before any other.
    private static readonly bool Registered = Register();

    public static Encoding Windows1252 { get; } = Encoding.GetEncoding(1252);

    /// <summary>The encoding a page declares by name ("windows-1252", "iso-8859-1"), or null for a name .NET does not know.</summary>
    public static Encoding? Named(string name)
    {
        try
        {
            return Registered ? Encoding.GetEncoding(name) : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool Register()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }
}
