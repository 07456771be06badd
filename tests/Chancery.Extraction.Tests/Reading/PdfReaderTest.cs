using Chancery.Extraction.Reading;
using Chancery.Testing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Chancery.Extraction.Tests.Reading;

public sealed class PdfReaderTest
{
    private static byte[] Pdf(params string[][] paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 780.0;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in paragraph)
            {
                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= 14;
            }
            y -= 24;
        }
        return builder.Build();
    }

    [Fact]
    public void Given_a_pdf_with_a_text_layer_When_read_Then_each_block_is_a_paragraph_with_its_lines_joined_and_hyphens_mended()
    {
        var bytes = Pdf(
            ["JAKARTA, 14 June 2023 - The Secretary-General of ASEAN received a court-", "esy call from the Ambassador of the Russian Federation."],
            ["Both sides discussed cooperation in trade and energy."]);

        var document = DocumentReader.Default.Read(bytes, "release.pdf");

        document.Format.ShouldBe(DocumentFormat.Pdf);
        document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "JAKARTA, 14 June 2023 - The Secretary-General of ASEAN received a courtesy call from the Ambassador of the Russian Federation.",
            "Both sides discussed cooperation in trade and energy.",
        ]);
    }

    [Fact]
    public void Given_an_encrypted_pdf_When_read_Then_it_is_refused_as_encrypted()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "encrypted.pdf"));

        Should.Throw<UnreadableDocumentException>(() => DocumentReader.Default.Read(bytes, "secret.pdf"))
            .Message.ShouldBe("encrypted PDF: it cannot be read without its password");
    }

    [Fact]
    public void Given_a_truncated_pdf_When_read_Then_it_is_refused_as_corrupt()
    {
        var bytes = Pdf(["A sentence that will be cut off."])[..200];

        Should.Throw<UnreadableDocumentException>(() => DocumentReader.Default.Read(bytes, "cut.pdf")).Message.ShouldStartWith("corrupt PDF (");
    }

    [Fact]
    public void Given_a_pdf_without_text_When_read_Then_it_is_refused_for_having_no_text_layer()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 100, 100);

        Should.Throw<UnreadableDocumentException>(() => DocumentReader.Default.Read(builder.Build(), "scan.pdf"))
            .Message.ShouldBe("PDF with no text layer (a scanned image?)");
    }

    [Fact]
    public void Given_a_fixture_folder_When_the_tests_run_Then_the_encrypted_fixture_is_there() =>
        File.Exists(Repository.Path("tests", "Chancery.Extraction.Tests", "Fixtures", "encrypted.pdf")).ShouldBeTrue();
}
