using Chancery.App.Extraction;
using Chancery.Testing;

namespace Chancery.App.Tests.Extraction;

public sealed class DocumentSourcesTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Given_a_corpus_folder_When_expanded_Then_its_documents_come_in_name_order_and_gold_files_and_notes_are_left_out()
    {
        Directory.CreateDirectory(folder.File("sub"));
        foreach (var name in new[] { "b.txt", "a.html", "sub/c.pdf", "d", "gold.jsonl", "SCHEMA.md", ".hidden.txt" })
        {
            File.WriteAllText(folder.File(name), "x");
        }

        DocumentSources.Expand([folder.Path], () => Stream.Null).Select(s => Path.GetRelativePath(folder.Path, s.Location).Replace('\\', '/'))
            .ShouldBe(["a.html", "b.txt", "d", "sub/c.pdf"]);
    }

    [Fact]
    public void Given_a_file_named_on_its_own_When_expanded_Then_it_is_read_whatever_its_extension()
    {
        var notes = folder.File("notes.md");

        DocumentSources.Expand([notes], () => Stream.Null).ShouldHaveSingleItem().Id.ShouldBe("notes");
    }

    [Fact]
    public void Given_a_dash_When_expanded_Then_it_is_standard_input()
    {
        var input = new MemoryStream();

        var source = DocumentSources.Expand(["-"], () => input).ShouldHaveSingleItem();

        (source.Id, source.Location, source.Open()).ShouldBe(("stdin", "-", input));
    }
}
