using System.Text;

namespace Chancery.App.Briefing;

/// <summary>Blocks as Markdown (CommonMark with pipe tables).</summary>
public static class MarkdownWriter
{
    public static string Write(IReadOnlyList<Block> blocks)
    {
        var text = new StringBuilder();
        Block? previous = null;
        foreach (var block in blocks)
        {
            if (previous is not null && !(previous is Bullet && block is Bullet))
            {
                text.Append('\n');
            }
            switch (block)
            {
                case Heading heading:
                    text.Append('#', heading.Level).Append(' ').Append(Escape(heading.Text)).Append('\n');
                    break;
                case Paragraph paragraph:
                    text.Append(Escape(paragraph.Text)).Append('\n');
                    break;
                case Bullet bullet:
                    text.Append("- ").Append(Escape(bullet.Text)).Append('\n');
                    break;
                case Table table:
                    text.Append("| ").AppendJoin(" | ", table.Header.Select(Cell)).Append(" |\n");
                    text.Append('|').AppendJoin('|', table.Header.Select(_ => " --- ")).Append("|\n");
                    foreach (var row in table.Rows)
                    {
                        text.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
                    }
                    break;
            }
            previous = block;
        }
        return text.ToString();
    }

    /// <summary>Text read from press releases may hold Markdown's own characters: they stay text.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static string Cell(string text) => Escape(text);
}
