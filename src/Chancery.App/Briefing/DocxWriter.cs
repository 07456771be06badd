using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Chancery.App.Briefing;

/// <summary>Blocks as a Word document (DOCX, through the Open XML SDK): Word's own heading and list styles, bordered tables.</summary>
public static class DocxWriter
{
    public static void Write(Stream output, string title, IReadOnlyList<Block> blocks)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        document.PackageProperties.Title = title;
        document.PackageProperties.Creator = "Chancery";
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        foreach (var block in blocks)
        {
            body.Append(block switch
            {
                Heading heading => Styled(heading.Text, $"Heading{heading.Level}"),
                Bullet bullet => Styled($"• {bullet.Text}", "ListBullet"),
                Paragraph paragraph => Styled(paragraph.Text, null),
                Table table => Grid(table),
                _ => throw new ArgumentOutOfRangeException(nameof(blocks), block, "a block Word cannot lay out"),
            });
        }
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static WordParagraph Styled(string text, string? style)
    {
        var paragraph = new WordParagraph(new Run(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        return paragraph;
    }

    private static WordTable Grid(Table table)
    {
        var border = new EnumValue<BorderValues>(BorderValues.Single);
        var grid = new WordTable(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 },
                new InsideHorizontalBorder { Val = border, Size = 4 })));
        grid.Append(Row(table.Header, bold: true));
        foreach (var row in table.Rows)
        {
            grid.Append(Row(row, bold: false));
        }
        return grid;
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) => new(cells.Select(text =>
    {
        var run = new Run(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        return new TableCell(new WordParagraph(run));
    }));

    /// <summary>XML 1.0 has no place for most control characters; a text read from a broken page may carry some.</summary>
    private static string Clean(string text) => new([.. text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c))]);

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            Style("Normal", "Normal", null, 22, bold: false),
            Style("Heading1", "heading 1", "Normal", 36, bold: true),
            Style("Heading2", "heading 2", "Normal", 28, bold: true),
            Style("Heading3", "heading 3", "Normal", 24, bold: true),
            Style("ListBullet", "List Bullet", "Normal", 22, bold: false, indent: true));
        styles.Styles.Save();
    }

    private static Style Style(string id, string name, string? basedOn, int halfPoints, bool bold, bool indent = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }
        style.Append(new StyleParagraphProperties(
            new SpacingBetweenLines { After = bold ? "120" : "60" },
            indent ? new Indentation { Left = "360", Hanging = "240" } : new Indentation()));
        var run = new StyleRunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            run.PrependChild(new Bold());
        }
        style.Append(run);
        return style;
    }
}
