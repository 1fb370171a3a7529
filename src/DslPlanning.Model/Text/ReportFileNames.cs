namespace DslPlanning.Model
{
    /// <summary>
    /// The files the report job writes into its folder, relative to it, with <c>/</c> between folders: per plan
    /// <c>&lt;stem&gt;.html</c>, <c>.md</c>, <c>.json</c> and <c>csv/&lt;stem&gt;/&lt;table&gt;.csv</c>; the list of all plans in
    /// <c>index.html</c> and <c>index.md</c>. The stem is <see cref="PlanSlug.For"/> of the plan's name.
    /// </summary>
    public static class ReportFileNames
    {
        public const string CsvFolder = "csv";

        public static string IndexHtml => Html(PlanSlug.Index);

        public static string IndexMarkdown => Markdown(PlanSlug.Index);

        public static string Html(string stem) => stem + ".html";

        public static string Markdown(string stem) => stem + ".md";

        public static string Json(string stem) => stem + ".json";

        /// <summary>The folder of a plan's CSV files: each plan has its own, so a table id can never meet another plan's stem.</summary>
        public static string Csv(string stem) => CsvFolder + "/" + stem;

        public static string Csv(string stem, string table) => Csv(stem) + "/" + table + ".csv";

        /// <summary>A plan's files in a phrase, for messages: <c>krokom.html, krokom.md, krokom.json and csv/krokom/</c>.</summary>
        public static string Describe(string stem) => Describe(stem, "and");

        /// <summary>A plan's files in a phrase whose last two are joined by <paramref name="and"/>: "och" for Swedish messages.</summary>
        public static string Describe(string stem, string and) => Html(stem) + ", " + Markdown(stem) + ", " + Json(stem) + " " + and + " " + Csv(stem) + "/";
    }
}
