using System.Globalization;
using System.Xml;

namespace Chancery.App;

/// <summary>
/// The network of who met whom as GraphML, which Gephi, yEd, Cytoscape and NetworkX read: people as nodes (name,
/// affiliation, engagements), an undirected edge between two who met, weighted by how often.
/// </summary>
public static class GraphMlExport
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The document as text, declared UTF-8 (the network is bounded, so it is laid out in memory).</summary>
    public static string Write(MeetingNetwork network)
    {
        using var output = new Utf8StringWriter();
        Write(output, network);
        return output.ToString();
    }

    private static void Write(TextWriter output, MeetingNetwork network)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        Key(xml, "name", "node", "name", "string");
        Key(xml, "affiliation", "node", "affiliation", "string");
        Key(xml, "engagements", "node", "engagements", "int");
        Key(xml, "weight", "edge", "weight", "int");
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "who-met-whom");
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var person in network.People)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", Node(person.Id));
            Data(xml, "name", person.Name);
            if (person.Affiliation is { } affiliation)
            {
                Data(xml, "affiliation", affiliation);
            }
            Data(xml, "engagements", person.Engagements.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        foreach (var tie in network.Ties)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("source", Node(tie.First));
            xml.WriteAttributeString("target", Node(tie.Second));
            Data(xml, "weight", tie.Engagements.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>A string writer whose XML declares UTF-8, the encoding the text is then written in.</summary>
    private sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }

    private static string Node(long person) => $"person-{person.ToString(CultureInfo.InvariantCulture)}";

    private static void Key(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
