// The live character counter under the comment box. It counts what the
// server counts: user-perceived characters (grapheme clusters) of the text
// after the same clean-up of line ends, invisible characters and spaces.
// The server has the last word: markup it strips is still counted here.
(function () {
  'use strict';

  var box = document.getElementById('comment-body');
  var counter = document.getElementById('counter');
  if (!box || !counter) {
    return;
  }
  var max = parseInt(box.getAttribute('data-max-length'), 10);

  // Intl.Segmenter splits text into grapheme clusters as Unicode defines them
  // (UAX #29), the unit the server counts in. Without it, count code points:
  // never fewer than graphemes, so the counter errs on the safe side.
  var segmenter = null;
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  }

  // The clean-up the server applies before counting (moderation's
  // normalise): line ends to LF, and the line and paragraph separators to
  // a line break and a blank line; control characters other than TAB and
  // LF, and invisible characters that carry no text, dropped; ZWJ/ZWNJ
  // kept only between non-ASCII characters, and the invisible characters
  // that lean on a neighbour (variation selectors, tags, fillers) only
  // beside it; no-break spaces to spaces; at most four combining marks on
  // a character; no white space at line ends, at most two blank lines in
  // a row, no white space around the whole; NFC.
  var droppedChars = '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u17B4\\u17B5\\u200B\\u200E\\u200F' +
    '\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\u{1D173}-\\u{1D17A}' +
    '\\u{E0000}-\\u{E001F}\\u{E0080}-\\u{E00FF}\\u{E01F0}-\\u{E0FFF}]';
  var dropped = new RegExp(droppedChars, 'gu');
  var droppedChar = new RegExp('^' + droppedChars + '$', 'u');
  // White space, trimmed at line ends: Unicode's White_Space (the line
  // breaks apart) and the braille blank U+2800.
  var spaceChars = '[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u2800\\u3000]';
  var lineEndSpaces = new RegExp(spaceChars + '+(?=\\n|$)', 'g');
  var aroundWhole = new RegExp('^(?:' + spaceChars + '|\\n)+|(?:' + spaceChars + '|\\n)+$', 'g');
  var spaceOrBreak = new RegExp('^(?:' + spaceChars + '|\\n)$');
  // What a joiner may not stand next to: nothing, ASCII, another joiner,
  // white space, or a character that is dropped.
  var notJoinable = new RegExp('^(?:[\\u0000-\\u007F\\u200C\\u200D]|' + spaceChars + '|' + droppedChars + ')?$', 'u');
  var noBreakSpace = /[\u00A0\u2007\u202F]/g;
  var zalgo = /([\p{Mn}\p{Me}]{4})[\p{Mn}\p{Me}]+/gu;
  var mongolianLetter = /^(?=\p{L})\p{Script=Mongolian}$/u;
  var emojiSymbol = /^[\p{So}\p{Sk}]$/u;

  function code(c) {
    return c ? c.codePointAt(0) : -1;
  }

  // leansOn says whether c is an invisible character that means something
  // only next to another (stands says where), as on the server.
  function leansOn(c) {
    var r = code(c);
    return r === 0x34F || r === 0x115F || r === 0x1160 || (r >= 0x180B && r <= 0x180F) ||
      (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1BCA0 && r <= 0x1BCA3) ||
      (r >= 0xE0020 && r <= 0xE007F) || (r >= 0xE0100 && r <= 0xE01EF);
  }

  function isTagSpec(r) {
    return r >= 0xE0020 && r <= 0xE007E;
  }

  // stands says whether c, which leans on a neighbour, stays after prev
  // (the last character kept, '' for none) and before next.
  function stands(c, prev, next) {
    var r = code(c), p = code(prev), n = code(next);
    if (r === 0x115F) { // the empty consonant of a syllable whose vowel follows
      return (n >= 0x1161 && n <= 0x11A7) || (n >= 0xD7B0 && n <= 0xD7C6);
    }
    if (r === 0x1160) { // the empty vowel of a syllable whose consonant is before
      return (p >= 0x1100 && p <= 0x115E) || (p >= 0xA960 && p <= 0xA97C);
    }
    if (r === 0x180E) { // the Mongolian vowel separator, inside a word
      return mongolianLetter.test(prev) && mongolianLetter.test(next);
    }
    if (r >= 0x1BCA0 && r <= 0x1BCA3) { // shorthand controls, after Duployan
      return p >= 0x1BC00 && p <= 0x1BCA3;
    }
    if (r === 0xE007F) { // the cancel tag ends a tag sequence
      return isTagSpec(p);
    }
    if (isTagSpec(r)) { // a tag sequence follows an emoji
      return isTagSpec(p) || p === 0xFE0F || (p >= 0x80 && !spaceOrBreak.test(prev) && emojiSymbol.test(prev));
    }
    // A variation selector or the grapheme joiner: after any character
    // that is not white space.
    return p >= 0 && !spaceOrBreak.test(prev);
  }

  // keepInvisibles drops each ZWJ and ZWNJ, and each character that leans
  // on a neighbour, that the server drops. It judges them as the server
  // does, on the text before anything else is dropped: against the last
  // character kept before and the very next one. So a joiner next to an
  // invisible character, or the first of two in a row, goes; which matters
  // between two emoji, which one joiner makes one.
  function keepInvisibles(text) {
    var chars = Array.from(text);
    var out = [];
    var prev = '';
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i];
      var next = chars[i + 1] || '';
      if ((c === '\u200C' || c === '\u200D') && (notJoinable.test(prev) || notJoinable.test(next) ||
          (leansOn(next) && !stands(next, '\u200D', '')))) {
        continue;
      }
      if (leansOn(c) && !stands(c, prev, next)) {
        continue;
      }
      if (!droppedChar.test(c)) {
        prev = c === '\u00A0' || c === '\u2007' || c === '\u202F' ? ' ' : c;
      }
      out.push(c);
    }
    return out.join('');
  }

  function normalise(text) {
    text = text.replace(/\r\n?|\u2028/g, '\n').replace(/\u2029/g, '\n\n');
    text = keepInvisibles(text);
    text = text.replace(dropped, '').replace(noBreakSpace, ' ');
    text = text.replace(zalgo, '$1');
    text = text.replace(lineEndSpaces, '');
    text = text.replace(/\n{4,}/g, '\n\n\n');
    text = text.replace(aroundWhole, '');
    return text.normalize ? text.normalize('NFC') : text;
  }

  // A cluster of more than maxClusterRunes code points counts as one plus
  // those past the limit, as on the server: the longest emoji sequence has
  // 10, and a longer cluster is characters chained to pass as one.
  var maxClusterRunes = 10;

  function count(text) {
    if (segmenter) {
      var n = 0;
      for (var it = segmenter.segment(text)[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) {
        var runes = s.value.segment.length > maxClusterRunes ? Array.from(s.value.segment).length : 1;
        n += runes > maxClusterRunes ? 1 + runes - maxClusterRunes : 1;
      }
      return n;
    }
    return Array.from(text).length;
  }

  function update() {
    var n = count(normalise(box.value));
    counter.textContent = n + ' of ' + max + ' characters used';
    counter.classList.toggle('over', n > max);
  }

  box.addEventListener('input', update);
  update();
})();
