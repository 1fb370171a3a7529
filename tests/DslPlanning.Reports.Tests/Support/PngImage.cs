using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace DslPlanning.Reports.Tests.Support
{
    /// <summary>
    /// A decoded PNG (8-bit RGB or RGBA, not interlaced, as Chromium writes screenshots): the chunks are read, the IDAT
    /// data inflated, and the scanline filters undone, so tests can look at the pixels.
    /// </summary>
    public sealed class PngImage
    {
        private static readonly byte[] Signature = { 137, 80, 78, 71, 13, 10, 26, 10 };

        private readonly byte[] _pixels;
        private readonly int _channels;

        private PngImage(int width, int height, int channels, byte[] pixels)
        {
            Width = width;
            Height = height;
            _channels = channels;
            _pixels = pixels;
        }

        public int Width { get; }

        public int Height { get; }

        /// <summary>The colour at a pixel as 0xRRGGBB.</summary>
        public int Rgb(int x, int y)
        {
            var offset = ((y * Width) + x) * _channels;
            return (_pixels[offset] << 16) | (_pixels[offset + 1] << 8) | _pixels[offset + 2];
        }

        public int DistinctColours()
        {
            var colours = new HashSet<int>();
            for (var y = 0; y < Height; y++)
            {
                for (var x = 0; x < Width; x++)
                {
                    colours.Add(Rgb(x, y));
                }
            }

            return colours.Count;
        }

        /// <summary>The share of pixels that differ from the top-left pixel (the page background).</summary>
        public double InkShare()
        {
            var background = Rgb(0, 0);
            var ink = 0;
            for (var y = 0; y < Height; y++)
            {
                for (var x = 0; x < Width; x++)
                {
                    ink += Rgb(x, y) == background ? 0 : 1;
                }
            }

            return (double)ink / (Width * Height);
        }

        public static PngImage Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
            {
                throw new InvalidDataException(path + " is not a PNG file");
            }

            int width = 0, height = 0, channels = 0;
            using var compressed = new MemoryStream();
            for (var position = 8; position + 8 <= bytes.Length;)
            {
                var length = BigEndian(bytes, position);
                var type = Encoding.ASCII.GetString(bytes, position + 4, 4);
                var data = position + 8;
                switch (type)
                {
                    case "IHDR":
                        width = BigEndian(bytes, data);
                        height = BigEndian(bytes, data + 4);
                        var bitDepth = bytes[data + 8];
                        var colourType = bytes[data + 9];
                        var interlace = bytes[data + 12];
                        if (bitDepth != 8 || colourType is not (2 or 6) || interlace != 0)
                        {
                            throw new NotSupportedException($"PNG with bit depth {bitDepth}, colour type {colourType}, interlace {interlace}");
                        }

                        channels = colourType == 6 ? 4 : 3;
                        break;
                    case "IDAT":
                        compressed.Write(bytes, data, length);
                        break;
                }

                position = data + length + 4;
            }

            compressed.Position = 0;
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
        }

        /// <summary>Undoes the per-scanline filters (None, Sub, Up, Average, Paeth) of PNG.</summary>
        private static byte[] Unfilter(byte[] data, int width, int height, int channels)
        {
            var stride = width * channels;
            var pixels = new byte[stride * height];
            for (var y = 0; y < height; y++)
            {
                var filter = data[y * (stride + 1)];
                var source = (y * (stride + 1)) + 1;
                var row = y * stride;
                for (var x = 0; x < stride; x++)
                {
                    var left = x >= channels ? pixels[row + x - channels] : 0;
                    var up = y > 0 ? pixels[row - stride + x] : 0;
                    var upLeft = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
                    var predictor = filter switch
                    {
                        0 => 0,
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        4 => Paeth(left, up, upLeft),
                        _ => throw new InvalidDataException("unknown PNG filter " + filter),
                    };
                    pixels[row + x] = (byte)(data[source + x] + predictor);
                }
            }

            return pixels;
        }

        private static int Paeth(int left, int up, int upLeft)
        {
            var estimate = left + up - upLeft;
            var toLeft = Math.Abs(estimate - left);
            var toUp = Math.Abs(estimate - up);
            var toUpLeft = Math.Abs(estimate - upLeft);
            return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
        }

        private static int BigEndian(byte[] bytes, int offset) =>
            (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
    }
}
