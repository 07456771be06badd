using System.Net;
using System.Text;

namespace Chancery.App.Briefing;

/// <summary>Blocks as a standalone HTML page, every text encoded: a press release's markup shows as text.</summary>
public static class HtmlWriter
{
    public static string Write(string title, IReadOnlyList<Block> blocks)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.45;color:#1d2433}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d5dae3;padding:.3rem .5rem;text-align:left;vertical-align:top}</style>\n")
            .Append("</head>\n<body>\n");
        var inList = false;
        foreach (var block in blocks)
        {
            if (inList && block is not Bullet)
            {
                html.Append("</ul>\n");
                inList = false;
            }
            switch (block)
            {
                case Heading heading:
                    html.Append("<h").Append(heading.Level).Append('>').Append(E(heading.Text)).Append("</h").Append(heading.Level).Append(">\n");
                    break;
                case Paragraph paragraph:
                    html.Append("<p>").Append(E(paragraph.Text)).Append("</p>\n");
                    break;
                case Bullet bullet:
                    if (!inList)
                    {
                        html.Append("<ul>\n");
                        inList = true;
                    }
                    html.Append("<li>").Append(E(bullet.Text)).Append("</li>\n");
                    break;
                case Table table:
                    html.Append("<table>\n<thead><tr>").AppendJoin("", table.Header.Select(h => $"<th>{E(h)}</th>")).Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in table.Rows)
                    {
                        html.Append("<tr>").AppendJoin("", row.Select(c => $"<td>{E(c)}</td>")).Append("</tr>\n");
                    }
                    html.Append("</tbody>\n</table>\n");
                    break;
            }
        }
        if (inList)
        {
            html.Append("</ul>\n");
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
