using System.Text;

namespace Chancery.App.Briefing;

/// <summary>A briefing pack written as a file: Markdown (md), a web page (html) or a Word document (docx).</summary>
public static class BriefingFiles
{
    public static readonly IReadOnlyList<string> Formats = ["md", "html", "docx"];

    public static string MediaType(string format) => format switch
    {
        "md" => "text/markdown; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a brief is md, html or docx"),
    };

    public static async Task WriteAsync(Stream output, BriefingPack pack, string format)
    {
        var blocks = BriefingOutline.Of(pack);
        switch (format)
        {
            case "docx":
                // The Open XML SDK writes a package that needs seeking: it is made in memory, then copied out.
                using (var buffer = new MemoryStream())
                {
                    DocxWriter.Write(buffer, pack.Title, blocks);
                    buffer.Position = 0;
                    await buffer.CopyToAsync(output);
                }
                break;
            case "html":
                await output.WriteAsync(Encoding.UTF8.GetBytes(HtmlWriter.Write(pack.Title, blocks)));
                break;
            case "md":
                await output.WriteAsync(Encoding.UTF8.GetBytes(MarkdownWriter.Write(blocks)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "a brief is md, html or docx");
        }
    }
}
