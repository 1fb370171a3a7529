using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DslPlanning.Language.Diagnostics;
using DslPlanning.Language.Text;
using DslPlanning.Model;

namespace DslPlanning.Files
{
    /// <summary>
    /// Finds and reads the plan files a command line or an editor's workspace folders name. Links are followed, but each real file is read once
    /// and a folder already visited (a link loop, or a folder named twice) is not entered again. Whatever cannot be
    /// found or read becomes one line in <see cref="Problems"/>, never an exception.
    /// </summary>
    internal sealed class PlanFiles
    {
        /// <summary>How deep links may point at links before a path counts as a loop (as the OS's own limit, ELOOP).</summary>
        private const int MaximumLinkDepth = 40;

        /// <summary>A plan file is at most this large (far more than any plan), so that a device such as /dev/zero ends.</summary>
        private const int MaximumFileSize = 100 * 1024 * 1024;

        private readonly List<Phrase> _problems = new();

        /// <summary>What could not be found, read or written, one line each, in English and Swedish.</summary>
        public IReadOnlyList<Phrase> Problems => _problems;

        /// <summary>What is said when the paths hold no plan file.</summary>
        public static Phrase NoPlanFiles(IEnumerable<string> paths) =>
            Phrase.Of("no .plan files in ", "inga .plan-filer i ") + string.Join(", ", paths.Select(path => "'" + path + "'"));

        /// <summary>The *.plan files under <paramref name="paths"/> (and the files named), each real file once, in path order.</summary>
        public IReadOnlyList<string> Find(IEnumerable<string> paths)
        {
            var found = new List<(string Path, string RealPath)>();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                if (Directory.Exists(path))
                {
                    Walk(path, visited, found);
                }
                else if (File.Exists(path))
                {
                    AddFile(path, found);
                }
                else
                {
                    _problems.Add(Phrase.Of($"'{path}' not found (no such file or folder)", $"'{path}' finns inte (ingen sådan fil eller mapp)"));
                }
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            return found
                .OrderBy(file => file.Path, StringComparer.Ordinal)
                .Where(file => seen.Add(file.RealPath))
                .Select(file => file.Path)
                .ToList();
        }

        /// <summary>The file as read: UTF-8 or UTF-16 (<see cref="PlanFileEncoding"/>), or null when it cannot be read.</summary>
        public SourceText? Read(string path, string displayPath)
        {
            var bytes = ReadBytes(path, displayPath);
            if (bytes is null)
            {
                return null;
            }

            var (text, notUtf8) = PlanFileEncoding.Decode(bytes);
            return new SourceText(displayPath, text, notUtf8);
        }

        /// <summary>The bytes of the file, or null when it cannot be read (said in <see cref="Problems"/>).</summary>
        public byte[]? ReadBytes(string path, string displayPath)
        {
            try
            {
                var bytes = ReadAtMost(path, MaximumFileSize + 1);
                if (bytes.Length > MaximumFileSize)
                {
                    _problems.Add(Phrase.Of($"cannot read '{displayPath}': it is larger than {MaximumFileSize / (1024 * 1024)} MB, or not a file", $"kan inte läsa '{displayPath}': den är större än {MaximumFileSize / (1024 * 1024)} MB, eller inte en fil"));
                    return null;
                }

                return bytes;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _problems.Add(CannotRead(displayPath, exception));
                return null;
            }
        }

        /// <summary>Writes a file; false, said in <see cref="Problems"/>, when it cannot be written.</summary>
        public bool Write(string path, string displayPath, byte[] bytes)
        {
            try
            {
                File.WriteAllBytes(path, bytes);
                return true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _problems.Add(Phrase.Of($"cannot write '{displayPath}': ", $"kan inte skriva '{displayPath}': ") + Reason(exception));
                return false;
            }
        }

        /// <summary>Up to <paramref name="limit"/> bytes of the file: a device such as /dev/zero never ends.</summary>
        private static byte[] ReadAtMost(string path, int limit)
        {
            using var stream = File.OpenRead(path);
            using var bytes = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while (bytes.Length < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - bytes.Length))) > 0)
            {
                bytes.Write(buffer, 0, read);
            }

            return bytes.ToArray();
        }

        private void Walk(string root, HashSet<string> visited, List<(string, string)> found)
        {
            var folders = new Stack<(string Path, string? RealPath)>();
            folders.Push((root, null));
            while (folders.Count > 0)
            {
                var (folder, knownRealPath) = folders.Pop();
                string realFolder;
                List<FileSystemInfo> entries;
                try
                {
                    realFolder = knownRealPath ?? RealPath(folder);
                    if (!visited.Add(realFolder))
                    {
                        continue;
                    }

                    entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    _problems.Add(Phrase.Of($"cannot read folder '{folder}': ", $"kan inte läsa mappen '{folder}': ") + Reason(exception));
                    continue;
                }

                var subfolders = new List<(string, string?)>();
                foreach (var entry in entries.OrderBy(entry => entry.Name, StringComparer.Ordinal))
                {
                    var path = Path.Combine(folder, entry.Name);
                    if (entry is DirectoryInfo)
                    {
                        // A folder's real path follows from its parent's unless it is a link.
                        subfolders.Add((path, entry.LinkTarget is null ? Path.Combine(realFolder, entry.Name) : null));
                    }
                    else if (entry.Name.EndsWith(".plan", StringComparison.Ordinal))
                    {
                        AddFile(path, found);
                    }
                }

                for (var index = subfolders.Count - 1; index >= 0; index--)
                {
                    folders.Push(subfolders[index]);
                }
            }
        }

        private void AddFile(string path, List<(string, string)> found)
        {
            try
            {
                found.Add((path, RealPath(path)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _problems.Add(CannotRead(path, exception));
            }
        }

        /// <summary>The path with every link on the way resolved, as realpath(3) gives it.</summary>
        private static string RealPath(string path, int depth = 0)
        {
            if (depth > MaximumLinkDepth)
            {
                throw new LinkLoopException();
            }

            var full = Path.GetFullPath(path);
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var result = root;
            foreach (var part in full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = Path.Combine(result, part);
                var target = new FileInfo(next).LinkTarget;
                result = target is null ? next : RealPath(Path.Combine(result, target), depth + 1);
            }

            return result;
        }

        private static Phrase CannotRead(string path, Exception exception) => Phrase.Of($"cannot read '{path}': ", $"kan inte läsa '{path}': ") + Reason(exception);

        /// <summary>Why a path cannot be used, in a few words; the system's own message when this class has none.</summary>
        private static Phrase Reason(Exception exception) => exception switch
        {
            UnauthorizedAccessException => Phrase.Of("permission denied", "åtkomst nekad"),
            FileNotFoundException or DirectoryNotFoundException => Phrase.Of("no such file (a link that points nowhere?)", "ingen sådan fil (en länk som pekar ingenstans?)"),
            LinkLoopException => Phrase.Of("too many levels of links (a link loop)", "för många nivåer av länkar (en länk som leder i cirkel)"),
            _ => exception.Message,
        };

        /// <summary>Links point at links deeper than <see cref="MaximumLinkDepth"/>: a loop.</summary>
        private sealed class LinkLoopException : IOException
        {
            public LinkLoopException()
                : base("too many levels of links (a link loop)")
            {
            }
        }
    }
}
