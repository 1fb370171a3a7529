using System;

namespace DslPlanning.LanguageServer.Server
{
    /// <summary>
    /// Document URIs and the paths the plan workspace keys its documents by: a <c>file:</c> URI is its local path
    /// (so a file opened in the editor and the same file read from a workspace folder are one document); any other
    /// URI (<c>untitled:</c> …) is kept as it is, as its own path.
    /// </summary>
    internal static class DocumentUris
    {
        public static string ToPath(string uri)
        {
            if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
            {
                return parsed.LocalPath;
            }

            return uri;
        }

        public static string FromPath(string path) =>
            System.IO.Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
    }
}
