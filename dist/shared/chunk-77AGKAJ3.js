import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  HttpClient,
  NetworkError
} from "./chunk-MVZ4J7NE.js";
import {
  UserError,
  buildReport,
  choice,
  defineCheck,
  errorMessage,
  external_exports,
  list,
  redactMatch,
  table,
  text
} from "./chunk-J37DTVOO.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ITIM5DDX.js";

// node_modules/source-map-js/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map-js/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number) {
      if (0 <= number && number < intToCharMap.length) {
        return intToCharMap[number];
      }
      throw new TypeError("Must be between 0 and 63: " + number);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// node_modules/source-map-js/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "node_modules/source-map-js/lib/base64-vlq.js"(exports) {
    var base64 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base64.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base64.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// node_modules/source-map-js/lib/util.js
var require_util = __commonJS({
  "node_modules/source-map-js/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    var MAX_CACHED_INPUTS = 32;
    function lruMemoize(f) {
      var cache = [];
      return function(input) {
        for (var i = 0; i < cache.length; i++) {
          if (cache[i].input === input) {
            var temp = cache[0];
            cache[0] = cache[i];
            cache[i] = temp;
            return cache[0].result;
          }
        }
        var result = f(input);
        cache.unshift({
          input,
          result
        });
        if (cache.length > MAX_CACHED_INPUTS) {
          cache.pop();
        }
        return result;
      };
    }
    var normalize = lruMemoize(function normalize2(aPath) {
      var path5 = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path5 = url.path;
      }
      var isAbsolute = exports.isAbsolute(path5);
      var parts = [];
      var start = 0;
      var i = 0;
      while (true) {
        start = i;
        i = path5.indexOf("/", start);
        if (i === -1) {
          parts.push(path5.slice(start));
          break;
        } else {
          parts.push(path5.slice(start, i));
          while (i < path5.length && path5[i] === "/") {
            i++;
          }
        }
      }
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path5 = parts.join("/");
      if (path5 === "") {
        path5 = isAbsolute ? "/" : ".";
      }
      if (url) {
        url.path = path5;
        return urlGenerate(url);
      }
      return path5;
    });
    exports.normalize = normalize;
    function join(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByOriginalPositionsNoSource(mappingA, mappingB, onlyCompareOriginal) {
      var cmp;
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositionsNoSource = compareByOriginalPositionsNoSource;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function compareByGeneratedPositionsDeflatedNoLine(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflatedNoLine = compareByGeneratedPositionsDeflatedNoLine;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str) {
      return JSON.parse(str.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// node_modules/source-map-js/lib/array-set.js
var require_array_set = __commonJS({
  "node_modules/source-map-js/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set.add(aArray[i], aAllowDuplicates);
      }
      return set;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// node_modules/source-map-js/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "node_modules/source-map-js/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// node_modules/source-map-js/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "node_modules/source-map-js/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._ignoreInvalidMapping = util.getArg(
        aArgs,
        "ignoreInvalidMapping",
        false
      );
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer, generatorOps) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator(
        Object.assign(generatorOps || {}, {
          file: aSourceMapConsumer.file,
          sourceRoot
        })
      );
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        if (this._validateMapping(generated, original, source, name) === false) {
          return;
        }
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        var message = "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values.";
        if (this._ignoreInvalidMapping) {
          if (typeof console !== "undefined" && console.warn) {
            console.warn(message);
          }
          return false;
        } else {
          throw new Error(message);
        }
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        var message = "Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        });
        if (this._ignoreInvalidMapping) {
          if (typeof console !== "undefined" && console.warn) {
            console.warn(message);
          }
          return false;
        } else {
          throw new Error(message);
        }
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          var lineDelta = mapping.generatedLine - previousGeneratedLine;
          next += lineDelta === 1 ? ";" : ";".repeat(lineDelta);
          previousGeneratedLine = mapping.generatedLine;
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(
          mapping.generatedColumn - previousGeneratedColumn
        );
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(
            mapping.originalLine - 1 - previousOriginalLine
          );
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(
            mapping.originalColumn - previousOriginalColumn
          );
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(
          map.sources,
          map.sourceRoot
        );
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// node_modules/source-map-js/lib/binary-search.js
var require_binary_search = __commonJS({
  "node_modules/source-map-js/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// node_modules/source-map-js/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "node_modules/source-map-js/lib/quick-sort.js"(exports) {
    function swap(ary, x, y) {
      var temp = ary[x];
      ary[x] = ary[y];
      ary[y] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort0(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot, false) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort0(ary, comparator, p, q - 1);
        doQuickSort0(ary, comparator, q + 1, r);
      }
    }
    function doQuickSort1(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot, false) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort1(ary, comparator, p, q - 1);
        doQuickSort1(ary, comparator, q + 1, r);
      }
    }
    function doQuickSort2(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot, false) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort2(ary, comparator, p, q - 1);
        doQuickSort2(ary, comparator, q + 1, r);
      }
    }
    function doQuickSort3(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot, false) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort3(ary, comparator, p, q - 1);
        doQuickSort3(ary, comparator, q + 1, r);
      }
    }
    var sortCopies = [doQuickSort0, doQuickSort1, doQuickSort2, doQuickSort3];
    var nextSortCopy = 0;
    var sortCache = /* @__PURE__ */ new WeakMap();
    exports.quickSort = function(ary, comparator, start = 0) {
      var doQuickSort = sortCache.get(comparator);
      if (doQuickSort === void 0) {
        doQuickSort = sortCopies[Math.min(nextSortCopy++, sortCopies.length - 1)];
        sortCache.set(comparator, doQuickSort);
      }
      doQuickSort(ary, comparator, start, ary.length - 1);
    };
  }
});

// node_modules/source-map-js/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "node_modules/source-map-js/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    var MAX_SECTION_OFFSET_LINE = 1e7;
    function SourceMapConsumer2(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer2.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer2.prototype._version = 3;
    SourceMapConsumer2.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer2.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer2.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer2.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer2.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer2.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer2.GENERATED_ORDER = 1;
    SourceMapConsumer2.ORIGINAL_ORDER = 2;
    SourceMapConsumer2.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer2.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer2.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context = aContext || null;
      var order = aOrder || SourceMapConsumer2.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer2.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer2.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      var boundCallback = aCallback.bind(context);
      var names = this._names;
      var sources = this._sources;
      var sourceMapURL = this._sourceMapURL;
      for (var i = 0, n = mappings.length; i < n; i++) {
        var mapping = mappings[i];
        var source = mapping.source === null ? null : sources.at(mapping.source);
        if (source !== null) {
          source = util.computeSourceURL(sourceRoot, source, sourceMapURL);
        }
        boundCallback({
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : names.at(mapping.name)
        });
      }
    };
    SourceMapConsumer2.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.source === needle.source && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.source === needle.source && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer2;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer2.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer2;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names = smc._names = ArraySet.fromArray(
        aSourceMap._names.toArray(),
        true
      );
      var sources = smc._sources = ArraySet.fromArray(
        aSourceMap._sources.toArray(),
        true
      );
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length = generatedMappings.length; i < length; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    var compareGenerated = util.compareByGeneratedPositionsDeflatedNoLine;
    function sortGenerated(array, start) {
      let l = array.length;
      let n = array.length - start;
      if (n <= 1) {
        return;
      } else if (n == 2) {
        let a = array[start];
        let b = array[start + 1];
        if (compareGenerated(a, b) > 0) {
          array[start] = b;
          array[start + 1] = a;
        }
      } else if (n < 20) {
        for (let i = start; i < l; i++) {
          for (let j = i; j > start; j--) {
            let a = array[j - 1];
            let b = array[j];
            if (compareGenerated(a, b) <= 0) {
              break;
            }
            array[j - 1] = b;
            array[j] = a;
          }
        }
      } else {
        quickSort(array, compareGenerated, start);
      }
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str, segment, end, value;
      let subarrayStart = 0;
      while (index < length) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
          sortGenerated(generatedMappings, subarrayStart);
          subarrayStart = generatedMappings.length;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str = aStr.slice(index, end);
          segment = [];
          while (index < end) {
            base64VLQ.decode(aStr, index, temp);
            value = temp.value;
            index = temp.rest;
            segment.push(value);
          }
          if (segment.length === 2) {
            throw new Error("Found a source, but no line and column");
          }
          if (segment.length === 3) {
            throw new Error("Found a source and line, but no column");
          }
          mapping.generatedColumn = previousGeneratedColumn + segment[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment.length > 1) {
            mapping.source = previousSource + segment[1];
            previousSource += segment[1];
            mapping.originalLine = previousOriginalLine + segment[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment.length > 4) {
              mapping.name = previousName + segment[4];
              previousName += segment[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            let currentSource = mapping.source;
            while (originalMappings.length <= currentSource) {
              originalMappings.push(null);
            }
            if (originalMappings[currentSource] === null) {
              originalMappings[currentSource] = [];
            }
            originalMappings[currentSource].push(mapping);
          }
        }
      }
      sortGenerated(generatedMappings, subarrayStart);
      this.__generatedMappings = generatedMappings;
      var sourceBuckets = [];
      for (var i = 0; i < originalMappings.length; i++) {
        if (originalMappings[i] != null) {
          quickSort(originalMappings[i], util.compareByOriginalPositionsNoSource);
          sourceBuckets.push(originalMappings[i]);
        }
      }
      var sortedOriginalMappings = [];
      for (var b = 0; b < sourceBuckets.length; b += 4096) {
        sortedOriginalMappings = sortedOriginalMappings.concat(
          ...sourceBuckets.slice(b, b + 4096)
        );
      }
      this.__originalMappings = sortedOriginalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError(
          "Line must be greater than or equal to 1, got " + aNeedle[aLineName]
        );
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError(
          "Column must be greater than or equal to 0, got " + aNeedle[aColumnName]
        );
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer2.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(
              this.sourceRoot,
              source,
              this._sourceMapURL
            );
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer2.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      var maxOffsetLine = 0;
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (!isValidOffset(offsetLine) || !isValidOffset(offsetColumn)) {
          throw new Error(
            "Section offset line and column must be non-negative integers."
          );
        }
        if (offsetLine > MAX_SECTION_OFFSET_LINE) {
          throw new Error(
            "Section offset line must not exceed " + MAX_SECTION_OFFSET_LINE + "."
          );
        }
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        var consumer = new SourceMapConsumer2(util.getArg(s, "map"), aSourceMapURL);
        var totalOffsetLine = offsetLine + (consumer._maxOffsetLine || 0);
        if (totalOffsetLine > MAX_SECTION_OFFSET_LINE) {
          throw new Error(
            "Section offset line must not exceed " + MAX_SECTION_OFFSET_LINE + ", including offsets of nested sections."
          );
        }
        if (totalOffsetLine > maxOffsetLine) {
          maxOffsetLine = totalOffsetLine;
        }
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer
        };
      });
      this._maxOffsetLine = maxOffsetLine;
    }
    function isValidOffset(aValue) {
      return typeof aValue === "number" && aValue >= 0 && aValue <= 9007199254740991 && // Number.MAX_SAFE_INTEGER
      Math.floor(aValue) === aValue;
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer2.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer2;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          var sectionSources = this._sections[i].consumer.sources;
          for (var j = 0; j < sectionSources.length; j++) {
            sources.push(sectionSources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp) {
            return cmp;
          }
          return needle2.generatedColumn - (section2.generatedOffset.generatedColumn - 1);
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content || content === "") {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      this._generatedMappings;
      for (var i = 0; i < this._sections.length; i++) {
        var consumer = this._sections[i].consumer;
        var index = consumer._findSourceIndex(aSource);
        if (index === -1) {
          continue;
        }
        var url = util.computeSourceURL(
          consumer.sourceRoot,
          consumer._sources.at(index),
          this._sourceMapURL
        );
        if (this._sources.has(url)) {
          return this._sources.indexOf(url);
        }
      }
      return -1;
    };
    IndexedSourceMapConsumer.prototype._findMapping = BasicSourceMapConsumer.prototype._findMapping;
    IndexedSourceMapConsumer.prototype.generatedPositionFor = BasicSourceMapConsumer.prototype.generatedPositionFor;
    IndexedSourceMapConsumer.prototype.computeColumnSpans = BasicSourceMapConsumer.prototype.computeColumnSpans;
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          if (source !== null) {
            source = util.computeSourceURL(
              section.consumer.sourceRoot,
              source,
              this._sourceMapURL
            );
          }
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (mapping.generatedLine === 1 ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(
        this.__generatedMappings,
        util.compareByGeneratedPositionsDeflated
      );
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// node_modules/source-map-js/lib/source-node.js
var require_source_node = __commonJS({
  "node_modules/source-map-js/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code = nextLine.substr(
              0,
              mapping.generatedColumn - lastGeneratedColumn
            );
            remainingLines[remainingLinesIndex] = nextLine.substr(
              mapping.generatedColumn - lastGeneratedColumn
            );
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          if (remainingLinesIndex >= remainingLines.length) {
            lastGeneratedLine = mapping.generatedLine;
            break;
          }
          node.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(
            mapping.generatedColumn
          );
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node.setSourceContent(sourceFile, content);
        }
      });
      return node;
      function addMappingWithCode(mapping, code) {
        if (mapping === null || mapping.source === void 0) {
          node.add(code);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node.add(
            new SourceNode(
              mapping.originalLine,
              mapping.originalColumn,
              source,
              code,
              mapping.name
            )
          );
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild && lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(
          aPattern,
          aReplacement
        );
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str = "";
      this.walk(function(chunk) {
        str += chunk;
      });
      return str;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length = chunk.length; idx < length; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// node_modules/source-map-js/source-map.js
var require_source_map = __commonJS({
  "node_modules/source-map-js/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// src/checks/secret-scan/index.ts
import { existsSync as existsSync3, mkdirSync, readFileSync as readFileSync4, writeFileSync } from "node:fs";
import path4 from "node:path";

// src/core/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function toSarif(reports, version = "0.1.0") {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: reports.map((report) => {
      const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))];
      return {
        tool: {
          driver: {
            name: `launchgate ${report.check}`,
            version,
            informationUri: "https://github.com/launchgate/launchgate",
            rules: ruleIds.map((id) => {
              const first = report.findings.find((f) => f.ruleId === id);
              return { id, name: id, shortDescription: { text: first.title } };
            })
          }
        },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: `${f.title}: ${f.message}` },
          locations: f.file ? [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split("\\").join("/") },
                ...f.line ? {
                  region: {
                    startLine: f.line,
                    ...f.endLine ? { endLine: f.endLine } : {},
                    ...f.column ? { startColumn: f.column } : {}
                  }
                } : {}
              }
            }
          ] : [],
          ...f.fingerprint ? { partialFingerprints: { "launchgate/v1": f.fingerprint } } : {}
        }))
      };
    })
  };
}

// src/checks/secret-scan/bundles.ts
var import_source_map_js = __toESM(require_source_map(), 1);
var MAX_SCRIPTS = 50;
var MAX_BYTES = 5 * 1024 * 1024;
function scriptSources(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) out.push(m[1]);
  return out;
}
function sourceMapUrl(js, headers) {
  const header = headers["sourcemap"] ?? headers["x-sourcemap"];
  if (header) return header;
  const m = /\/\/[#@]\s*sourceMappingURL=(\S+)\s*$/.exec(js.slice(-4096));
  return m && !m[1].startsWith("data:") ? m[1] : void 0;
}
async function scanDeployedBundles(urls, scanner, timeoutMs = 15e3) {
  const client = new HttpClient({ timeoutMs, retries: 1, maxBodyBytes: MAX_BYTES });
  const result = { hits: [], fetched: [], problems: [], bytes: 0 };
  const origins = /* @__PURE__ */ new Set();
  for (const u of urls) {
    const parsed = new URL(u);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
      throw new Error(`only http(s) URLs can be scanned: ${u}`);
    origins.add(parsed.origin);
  }
  const seen = /* @__PURE__ */ new Set();
  const get = async (url) => {
    const res = await client.send({ method: "GET", url, headers: {} });
    result.fetched.push(url);
    result.bytes += Buffer.byteLength(res.body);
    if (res.truncated) result.problems.push(`${url}: larger than ${MAX_BYTES} bytes; only the first part was scanned`);
    return res;
  };
  try {
    for (const page of urls) {
      let html;
      try {
        html = await get(page);
      } catch (err) {
        result.problems.push(err instanceof NetworkError ? err.message : `${page}: ${err.message}`);
        continue;
      }
      for (const h of scanner.scan({ file: new URL(page).pathname || "/", text: html.body }))
        result.hits.push({ ...h, url: page });
      for (const src of scriptSources(html.body)) {
        const scriptUrl = new URL(src, page);
        if (!origins.has(scriptUrl.origin) || seen.has(scriptUrl.href)) continue;
        if (seen.size >= MAX_SCRIPTS) {
          result.problems.push(`more than ${MAX_SCRIPTS} scripts: the rest were not fetched`);
          break;
        }
        seen.add(scriptUrl.href);
        let js;
        try {
          js = await get(scriptUrl.href);
        } catch (err) {
          result.problems.push(
            err instanceof NetworkError ? err.message : `${scriptUrl.href}: ${err.message}`
          );
          continue;
        }
        const hits = scanner.scan({ file: scriptUrl.pathname, text: js.body });
        const mapRef = hits.length ? sourceMapUrl(js.body, js.headers) : void 0;
        let consumer;
        if (mapRef) {
          const mapUrl = new URL(mapRef, scriptUrl);
          if (origins.has(mapUrl.origin)) {
            try {
              consumer = new import_source_map_js.SourceMapConsumer(JSON.parse((await get(mapUrl.href)).body));
            } catch (err) {
              result.problems.push(`${mapUrl.href}: source map unreadable (${err.message})`);
            }
          }
        }
        for (const h of hits) {
          const original = consumer?.originalPositionFor({ line: h.line, column: h.column - 1 });
          result.hits.push(
            original?.source ? {
              ...h,
              file: original.source.replace(/^webpack:\/\/\/?/, ""),
              line: original.line ?? h.line,
              column: (original.column ?? 0) + 1,
              url: scriptUrl.href
            } : { ...h, url: scriptUrl.href }
          );
        }
      }
    }
  } finally {
    await client.close();
  }
  return result;
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table2, meta, type) {
  let t = table2;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/checks/secret-scan/re2.ts
var Re2Error = class extends Error {
};
var POSIX = {
  alnum: "a-zA-Z0-9",
  alpha: "a-zA-Z",
  ascii: "\\x00-\\x7F",
  blank: " \\t",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "\\w",
  xdigit: "0-9A-Fa-f"
};
var isLetter = (c) => /^[a-zA-Z]$/.test(c);
var escapeLiteral = (c) => /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
function hexEscape(code) {
  if (code > 65535) throw new Re2Error(`\\x{${code.toString(16)}} is outside the BMP`);
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
function translateRe2(pattern) {
  let i = 0;
  let out = "";
  const stack = [];
  let flags = { i: false, s: false };
  const parseFlags = (spec) => {
    const next = { ...flags };
    let on = true;
    for (const ch of spec) {
      if (ch === "-") on = false;
      else if (ch === "i") next.i = on;
      else if (ch === "s") next.s = on;
      else if (ch === "m" || ch === "U") throw new Re2Error(`flag '${ch}' is not supported`);
      else throw new Re2Error(`unknown flag '${ch}'`);
    }
    return next;
  };
  const readEscape = (inClass) => {
    const c = pattern[i + 1];
    if (c === void 0) throw new Re2Error("trailing backslash");
    i += 2;
    if (c === "z") {
      if (inClass) throw new Re2Error("\\z inside a character class");
      return "$";
    }
    if (c === "A") {
      if (inClass) throw new Re2Error("\\A inside a character class");
      return "^";
    }
    if (c === "x" && pattern[i] === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) throw new Re2Error("unterminated \\x{");
      const code = parseInt(pattern.slice(i + 1, end), 16);
      i = end + 1;
      return hexEscape(code);
    }
    if (c === "Q") {
      const end = pattern.indexOf("\\E", i);
      const literal = pattern.slice(i, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 2;
      return [...literal].map(
        (ch) => flags.i && isLetter(ch) && !inClass ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeLiteral(ch)
      ).join("");
    }
    if (c === "p" || c === "P") throw new Re2Error("Unicode classes (\\p) are not supported");
    if (c === "C") throw new Re2Error("\\C is not supported");
    return `\\${c}`;
  };
  const readClass = () => {
    i++;
    let negate = "";
    if (pattern[i] === "^") {
      negate = "^";
      i++;
    }
    const parts = [];
    let first = true;
    while (i < pattern.length && (pattern[i] !== "]" || first)) {
      first = false;
      if (pattern.startsWith("[:", i)) {
        const end = pattern.indexOf(":]", i);
        if (end < 0) throw new Re2Error("unterminated POSIX class");
        let name = pattern.slice(i + 2, end);
        const negated = name.startsWith("^");
        if (negated) throw new Re2Error(`negated POSIX class [:${name}:] is not supported`);
        name = name.replace(/^\^/, "");
        if (!POSIX[name]) throw new Re2Error(`unknown POSIX class [:${name}:]`);
        parts.push(POSIX[name]);
        i = end + 2;
        continue;
      }
      let atom;
      let low;
      if (pattern[i] === "\\") {
        atom = readEscape(true);
      } else {
        low = pattern[i];
        atom = low === "[" || low === "/" ? `\\${low}` : low;
        i++;
      }
      if (pattern[i] === "-" && pattern[i + 1] !== "]" && pattern[i + 1] !== void 0) {
        i++;
        let highAtom;
        let high;
        if (pattern[i] === "\\") highAtom = readEscape(true);
        else {
          high = pattern[i];
          highAtom = high;
          i++;
        }
        parts.push(`${atom}-${highAtom}`);
        if (flags.i && low && high && isLetter(low) && isLetter(high)) {
          const swap = (ch) => ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
          if (low === low.toLowerCase() === (high === high.toLowerCase())) parts.push(`${swap(low)}-${swap(high)}`);
        }
        continue;
      }
      parts.push(atom);
      if (flags.i && low && isLetter(low))
        parts.push(low === low.toLowerCase() ? low.toUpperCase() : low.toLowerCase());
    }
    if (pattern[i] !== "]") throw new Re2Error("unterminated character class");
    i++;
    return `[${negate}${parts.join("")}]`;
  };
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "\\") {
      out += readEscape(false);
    } else if (c === "[") {
      out += readClass();
    } else if (c === "(") {
      if (pattern[i + 1] === "?") {
        const rest = pattern.slice(i + 2);
        const named = /^P?<([A-Za-z_]\w*)>/.exec(rest);
        const flagOnly = /^([A-Za-z-]+)\)/.exec(rest);
        const flagGroup = /^([A-Za-z-]*):/.exec(rest);
        if (named) {
          stack.push(flags);
          out += `(?<${named[1]}>`;
          i += 2 + named[0].length;
        } else if (flagOnly) {
          flags = parseFlags(flagOnly[1]);
          i += 2 + flagOnly[0].length;
        } else if (flagGroup) {
          stack.push(flags);
          flags = parseFlags(flagGroup[1]);
          out += "(?:";
          i += 2 + flagGroup[0].length;
        } else throw new Re2Error(`unsupported group syntax '(?${rest.slice(0, 3)}'`);
      } else {
        stack.push(flags);
        out += "(";
        i++;
      }
    } else if (c === ")") {
      if (stack.length === 0) throw new Re2Error("unbalanced )");
      flags = stack.pop();
      out += ")";
      i++;
    } else if (c === ".") {
      out += flags.s ? "[\\s\\S]" : "[^\\n]";
      i++;
    } else if (flags.i && isLetter(c)) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
      i++;
    } else if (c === "/") {
      out += "\\/";
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (stack.length) throw new Re2Error("unbalanced (");
  return out;
}
function compileRe2(pattern, extraFlags = "g") {
  const source = translateRe2(pattern);
  try {
    return new RegExp(source, extraFlags);
  } catch (err) {
    throw new Re2Error(`the translated pattern does not compile: ${err.message}`);
  }
}

// src/checks/secret-scan/rules.ts
var emptyAllowlist = () => ({
  condition: "OR",
  regexTarget: "secret",
  regexes: [],
  paths: [],
  stopwords: [],
  commits: []
});
var PLACEHOLDER_STOPWORDS = [
  "example",
  "changeme",
  "change_me",
  "placeholder",
  "dummy",
  "sample",
  "xxxxxx",
  "your_",
  "your-",
  "<your",
  "redacted",
  "insert",
  "replace"
];
var SPECS = [
  {
    id: "aws-access-key-id",
    description: "AWS access key ID",
    regex: String.raw`\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
    keywords: ["akia", "asia", "abia", "acca", "a3t"],
    allow: { regexes: [".+EXAMPLE$"] }
  },
  {
    id: "aws-secret-access-key",
    description: "AWS secret access key",
    regex: String.raw`(?i)aws_?(?:secret)?_?(?:access)?_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})\b`,
    keywords: ["aws"],
    entropy: 4.3,
    allow: { regexes: ["EXAMPLEKEY$"] }
  },
  {
    id: "github-pat",
    description: "GitHub personal access token",
    regex: String.raw`\b(ghp_[A-Za-z0-9]{36})\b`,
    keywords: ["ghp_"],
    entropy: 3
  },
  {
    id: "github-fine-grained-pat",
    description: "GitHub fine-grained personal access token",
    regex: String.raw`\b(github_pat_[A-Za-z0-9_]{82})\b`,
    keywords: ["github_pat_"],
    entropy: 3
  },
  {
    id: "github-app-token",
    description: "GitHub app, OAuth or refresh token",
    regex: String.raw`\b((?:ghu|ghs|gho|ghr)_[A-Za-z0-9]{36})\b`,
    keywords: ["ghu_", "ghs_", "gho_", "ghr_"],
    entropy: 3
  },
  {
    id: "gitlab-pat",
    description: "GitLab personal access token",
    regex: String.raw`\b(glpat-[A-Za-z0-9_-]{20})\b`,
    keywords: ["glpat-"],
    entropy: 3
  },
  {
    id: "slack-token",
    description: "Slack bot, user or app token",
    regex: String.raw`\b(xox[baprse]-[0-9]{8,13}-[0-9A-Za-z-]{10,64})\b`,
    keywords: ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"]
  },
  {
    id: "slack-webhook-url",
    description: "Slack incoming webhook",
    regex: String.raw`(https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56})`,
    keywords: ["hooks.slack.com"]
  },
  {
    id: "stripe-secret-key",
    description: "Stripe secret or restricted key",
    regex: String.raw`\b((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{24,99})\b`,
    keywords: ["sk_live", "sk_test", "sk_prod", "rk_live", "rk_test", "rk_prod"],
    entropy: 3
  },
  {
    id: "google-api-key",
    description: "Google API key",
    regex: String.raw`\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)`,
    keywords: ["aiza"],
    entropy: 3.5
  },
  {
    id: "npm-access-token",
    description: "npm access token",
    regex: String.raw`\b(npm_[A-Za-z0-9]{36})\b`,
    keywords: ["npm_"],
    entropy: 3
  },
  {
    id: "pypi-upload-token",
    description: "PyPI upload token",
    regex: String.raw`\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})`,
    keywords: ["pypi-ageichlwas5vcmc"]
  },
  {
    id: "sendgrid-api-key",
    description: "SendGrid API key",
    regex: String.raw`\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b`,
    keywords: ["sg."],
    entropy: 3
  },
  {
    id: "twilio-api-key",
    description: "Twilio API key",
    regex: String.raw`\b(SK[0-9a-f]{32})\b`,
    keywords: ["sk"],
    entropy: 3
  },
  {
    id: "openai-api-key",
    description: "OpenAI API key",
    regex: String.raw`\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74})\b`,
    keywords: ["t3blbkfj"]
  },
  {
    id: "anthropic-api-key",
    description: "Anthropic API key",
    regex: String.raw`\b(sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA)(?:[^A-Za-z0-9_-]|$)`,
    keywords: ["sk-ant-"]
  },
  {
    id: "digitalocean-token",
    description: "DigitalOcean token",
    regex: String.raw`\b(do[por]_v1_[a-f0-9]{64})\b`,
    keywords: ["dop_v1_", "doo_v1_", "dor_v1_"]
  },
  {
    id: "shopify-token",
    description: "Shopify access token",
    regex: String.raw`\b(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b`,
    keywords: ["shpat_", "shpca_", "shppa_", "shpss_"]
  },
  {
    id: "private-key",
    description: "Private key block",
    regex: String.raw`(?s)(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----.{64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)`,
    keywords: ["-----begin"]
  },
  {
    id: "jwt",
    description: "JSON Web Token",
    regex: String.raw`\b(ey[A-Za-z0-9]{17,}\.ey[A-Za-z0-9/_-]{17,}\.(?:[A-Za-z0-9/_-]{10,}={0,2})?)(?:[^A-Za-z0-9/_-]|$)`,
    keywords: ["eyj"],
    entropy: 3
  },
  {
    id: "url-credentials",
    description: "Password in a connection URL",
    regex: String.raw`\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@'"\x60]{1,64}:([^\s:/@'"\x60]{3,128})@[a-z0-9.-]+`,
    keywords: ["://"],
    allow: {
      regexes: [
        String.raw`^\$\{.*\}$`,
        String.raw`^\$[A-Z_]+$`,
        String.raw`^<.*>$`,
        String.raw`^\*+$`,
        String.raw`^(?i)(password|pass|pwd|secret|user|postgres|root|admin|test)$`
      ],
      stopwords: PLACEHOLDER_STOPWORDS
    }
  },
  {
    id: "generic-secret",
    description: "High-entropy value assigned to a secret-like name",
    // Starts at the secret-like name itself: a leading [\w.-]{0,40}? would be tried at every position of every line.
    regex: String.raw`(?i)(?:api_?key|apikey|secret|token|passwd|password|pwd|auth_?key|credential|private_?key|client_?secret)[\w.-]{0,20}?["']?\s*(?::|=|:=|=>|\?=)\s*["'\x60]?([A-Za-z0-9_+/=.~!@#%^&*-]{12,150})(?:["'\x60;\s,]|$)`,
    keywords: ["key", "secret", "token", "passw", "pwd", "credential"],
    entropy: 3.5,
    allow: {
      regexes: [
        String.raw`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`,
        String.raw`^sha(?:1|256|384|512)-`,
        String.raw`^\$\{`,
        String.raw`^(?:true|false|null|none|undefined)$`,
        String.raw`^(?:process\.env|os\.environ|import\.meta\.env|System\.getenv|ENV|env|config|settings|secrets)[.\[(]`
      ],
      stopwords: PLACEHOLDER_STOPWORDS,
      // Code, not a value: an unquoted identifier or member expression (`token: requiredCredentials`, `secret = cfg.key`).
      matchRegexes: [String.raw`(?::|=|=>|,)\s*(?:[A-Za-z_$]+|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)[;\s,]?$`]
    }
  }
];
var GLOBAL_LINE_ALLOW = [
  String.raw`(?i)(?:sha\d*|md5|hash|checksum|digest|integrity)["']?\s*[:=]`,
  String.raw`data:image/[a-z+]+;base64,`
];
var GLOBAL_PATH_ALLOW = [
  String.raw`(?:^|/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|deno\.lock|Cargo\.lock|poetry\.lock|go\.sum)$`,
  String.raw`(?i)\.(?:png|jpe?g|gif|bmp|ico|svg|woff2?|ttf|eot|otf|pdf|zip|gz|tgz|jar|exe|dll|so|dylib)$`,
  String.raw`(?:^|/)node_modules/`
];
function builtinRuleSet() {
  const rules = SPECS.map((s) => {
    const allowlists = [];
    if (s.allow) {
      allowlists.push({
        ...emptyAllowlist(),
        regexTarget: s.allow.regexTarget ?? "secret",
        regexes: (s.allow.regexes ?? []).map((r) => compileRe2(r, "")),
        stopwords: s.allow.stopwords ?? []
      });
      if (s.allow.matchRegexes)
        allowlists.push({
          ...emptyAllowlist(),
          regexTarget: "match",
          regexes: s.allow.matchRegexes.map((r) => compileRe2(r, ""))
        });
    }
    return {
      id: s.id,
      description: s.description,
      regex: compileRe2(s.regex),
      secretGroup: s.secretGroup,
      entropy: s.entropy,
      keywords: s.keywords,
      allowlists
    };
  });
  return {
    rules,
    allowlists: [
      {
        ...emptyAllowlist(),
        description: "placeholders",
        regexTarget: "secret",
        stopwords: [],
        regexes: [compileRe2(String.raw`(?i)^(?:AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)$`, "")]
      },
      {
        ...emptyAllowlist(),
        description: "hash and data lines",
        regexTarget: "line",
        regexes: GLOBAL_LINE_ALLOW.map((r) => compileRe2(r, ""))
      },
      {
        ...emptyAllowlist(),
        description: "lock files, binaries, vendored code",
        paths: GLOBAL_PATH_ALLOW.map((r) => compileRe2(r, ""))
      }
    ],
    source: "builtin"
  };
}
var BUILTIN_RULE_IDS = SPECS.map((s) => s.id);

// src/checks/secret-scan/config.ts
var allowlistSchema = external_exports.object({
  description: external_exports.string().optional(),
  condition: external_exports.enum(["OR", "AND", "or", "and"]).optional(),
  regexTarget: external_exports.enum(["secret", "match", "line"]).optional(),
  regexes: external_exports.array(external_exports.string()).optional(),
  paths: external_exports.array(external_exports.string()).optional(),
  stopwords: external_exports.array(external_exports.string()).optional(),
  commits: external_exports.array(external_exports.string()).optional(),
  targetRules: external_exports.array(external_exports.string()).optional()
}).strict();
var ruleSchema = external_exports.object({
  id: external_exports.string().min(1),
  description: external_exports.string().optional(),
  regex: external_exports.string().optional(),
  secretGroup: external_exports.number().int().min(0).optional(),
  entropy: external_exports.number().min(0).optional(),
  keywords: external_exports.array(external_exports.string()).optional(),
  path: external_exports.string().optional(),
  tags: external_exports.array(external_exports.string()).optional(),
  allowlist: allowlistSchema.optional(),
  allowlists: external_exports.array(allowlistSchema).optional(),
  skipReport: external_exports.boolean().optional()
}).strict();
var configSchema = external_exports.object({
  title: external_exports.string().optional(),
  description: external_exports.string().optional(),
  minVersion: external_exports.string().optional(),
  extend: external_exports.object({
    useDefault: external_exports.boolean().optional(),
    path: external_exports.string().optional(),
    url: external_exports.string().optional(),
    disabledRules: external_exports.array(external_exports.string()).optional()
  }).strict().optional(),
  rules: external_exports.array(ruleSchema).optional(),
  allowlist: allowlistSchema.optional(),
  allowlists: external_exports.array(allowlistSchema).optional()
}).strict();
function compileAllowlist(spec, where) {
  const compile = (pattern, what) => {
    try {
      return compileRe2(pattern, "");
    } catch (err) {
      throw new UserError(`${where}: ${what} ${JSON.stringify(pattern)} cannot be used: ${err.message}`);
    }
  };
  return {
    ...emptyAllowlist(),
    description: spec.description,
    condition: (spec.condition ?? "OR").toUpperCase(),
    regexTarget: spec.regexTarget ?? "secret",
    regexes: (spec.regexes ?? []).map((r) => compile(r, "allowlist regex")),
    paths: (spec.paths ?? []).map((r) => compile(r, "allowlist path")),
    stopwords: (spec.stopwords ?? []).map((s) => s.toLowerCase()),
    commits: spec.commits ?? []
  };
}
function loadGitleaksConfig(text2, file) {
  let raw;
  try {
    raw = parse(text2);
  } catch (err) {
    if (err instanceof TomlError)
      throw new UserError(`${file}:${err.line}: invalid TOML: ${err.message.split("\n")[0]}`);
    throw new UserError(`${file}: invalid TOML: ${err.message}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.map(String).join(".");
    const rule = issue.path[0] === "rules" && typeof issue.path[1] === "number" ? raw.rules?.[issue.path[1]]?.id : void 0;
    throw new UserError(
      `${file}: ${rule ? `rule '${rule}': ` : ""}${at}: ${issue.code === "unrecognized_keys" ? `unknown key(s) ${issue.keys.join(", ")}` : issue.message}`
    );
  }
  const config = parsed.data;
  const rules = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of config.rules ?? []) {
    if (seen.has(r.id)) throw new UserError(`${file}: rule '${r.id}' is defined twice.`);
    seen.add(r.id);
    if (!r.regex && !r.path) throw new UserError(`${file}: rule '${r.id}' has neither regex nor path.`);
    let regex;
    let pathRe;
    try {
      if (r.regex) regex = compileRe2(r.regex);
      if (r.path) pathRe = compileRe2(r.path, "");
    } catch (err) {
      if (err instanceof Re2Error)
        throw new UserError(`${file}: rule '${r.id}': its regex cannot be used: ${err.message}`);
      throw err;
    }
    if (regex && r.secretGroup) {
      const groups = new RegExp(`${regex.source}|`).exec("").length - 1;
      if (r.secretGroup > groups)
        throw new UserError(
          `${file}: rule '${r.id}': secretGroup ${r.secretGroup} but the regex has ${groups} group(s).`
        );
    }
    const allowlists2 = [...r.allowlist ? [r.allowlist] : [], ...r.allowlists ?? []].map(
      (a) => compileAllowlist(a, `${file}: rule '${r.id}'`)
    );
    rules.push({
      id: r.id,
      description: r.description ?? r.id,
      regex,
      secretGroup: r.secretGroup,
      entropy: r.entropy,
      keywords: (r.keywords ?? []).map((k) => k.toLowerCase()),
      path: pathRe,
      allowlists: allowlists2
    });
  }
  const globalSpecs = [...config.allowlist ? [config.allowlist] : [], ...config.allowlists ?? []];
  const allowlists = [];
  for (const spec of globalSpecs) {
    const compiled = compileAllowlist(spec, `${file}: allowlist`);
    if (spec.targetRules?.length) {
      for (const id of spec.targetRules) rules.find((r) => r.id === id)?.allowlists.push(compiled);
    } else allowlists.push(compiled);
  }
  if (config.extend?.useDefault) {
    const builtin = builtinRuleSet();
    const disabled = new Set(config.extend.disabledRules ?? []);
    for (const rule of builtin.rules) if (!seen.has(rule.id) && !disabled.has(rule.id)) rules.push(rule);
    allowlists.push(...builtin.allowlists);
  }
  if (config.extend?.path || config.extend?.url)
    throw new UserError(`${file}: [extend] path/url is not supported; merge the files, or use useDefault = true.`);
  return { rules, allowlists, source: file };
}

// src/checks/secret-scan/git-patches.ts
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
var COMMIT_MARK = "launchgate-commit";
function unquoteGitPath(p) {
  if (!p.startsWith('"')) return p;
  const inner = p.slice(1, -1);
  const bytes = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const n = inner[++i];
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else
      bytes.push(
        { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 }[n] ?? n.charCodeAt(0)
      );
  }
  return Buffer.from(bytes).toString("utf8");
}
async function* addedFragments(cwd, revs, stats, maxFragmentBytes) {
  const args = [
    "-c",
    "core.quotePath=false",
    "log",
    "-p",
    "-U0",
    "--cc",
    "--no-color",
    "--no-ext-diff",
    "--no-renames",
    "--full-history",
    `--format=${COMMIT_MARK}%H%x00%an <%ae>%x00%aI`,
    ...revs,
    "--"
  ];
  const child = spawn("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d);
  const exited = new Promise((resolve) => child.on("close", (code2) => resolve(code2 ?? -1)));
  let commit = "";
  let author = "";
  let date = "";
  let file;
  let parents = 1;
  let newLine = 0;
  let added = [];
  let lines = [];
  let bytes = 0;
  const seenFiles = /* @__PURE__ */ new Set();
  const flush = () => {
    const out = file && added.length ? { file, text: added.join("\n"), lines, commit, author, date } : void 0;
    if (out && bytes > maxFragmentBytes) {
      stats.hugeSkipped++;
      added = [];
      lines = [];
      bytes = 0;
      return void 0;
    }
    if (out) {
      stats.bytes += bytes;
      seenFiles.add(out.file);
    }
    added = [];
    lines = [];
    bytes = 0;
    return out;
  };
  const ready = [];
  const processLine = (line) => {
    if (line.startsWith(COMMIT_MARK)) {
      const f = flush();
      if (f) ready.push(f);
      [commit, author, date] = line.slice(COMMIT_MARK.length).split("\0");
      stats.commits++;
      file = void 0;
      return;
    }
    if (line.startsWith("diff --git ") || line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
      const f = flush();
      if (f) ready.push(f);
      file = void 0;
      parents = line.startsWith("diff --git ") ? 1 : 2;
      return;
    }
    if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      file = target === "/dev/null" ? void 0 : unquoteGitPath(target).replace(/^b\//, "");
      return;
    }
    if (line.startsWith("Binary files ")) {
      stats.binarySkipped++;
      return;
    }
    if (line.startsWith("@@")) {
      const m = /\+(\d+)(?:,\d+)? @@/.exec(line);
      if (m) {
        newLine = Number(m[1]);
        parents = Math.max(1, /^@+/.exec(line)[0].length - 1);
      }
      return;
    }
    if (!file) return;
    const first = line.charCodeAt(0);
    if (parents === 1) {
      if (first === 43) {
        const text2 = line.slice(1);
        added.push(text2);
        lines.push(newLine);
        bytes += Buffer.byteLength(text2) + 1;
        newLine++;
      }
      return;
    }
    const prefix = line.slice(0, parents);
    if (prefix.length < parents || /[^ +-]/.test(prefix)) return;
    if (prefix.includes("-")) return;
    if (prefix === "+".repeat(parents)) {
      const text2 = line.slice(parents);
      added.push(text2);
      lines.push(newLine);
      bytes += Buffer.byteLength(text2) + 1;
    }
    newLine++;
  };
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of child.stdout) {
    const text2 = rest + decoder.write(chunk);
    let start = 0;
    for (let nl = text2.indexOf("\n"); nl >= 0; nl = text2.indexOf("\n", start)) {
      processLine(text2.slice(start, nl));
      start = nl + 1;
    }
    rest = text2.slice(start);
    while (ready.length) yield ready.shift();
  }
  rest += decoder.end();
  if (rest) processLine(rest);
  while (ready.length) yield ready.shift();
  const last = flush();
  if (last) yield last;
  const code = await exited;
  stats.files += seenFiles.size;
  if (code !== 0) throw new Error(`git log failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" ")}`);
}

// src/checks/secret-scan/gitleaks-engine.ts
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
var PINNED_GITLEAKS = {
  "8.28.0": {
    linux_x64: "a65b5253807a68ac0cafa4414031fd740aeb55f54fb7e55f386acb52e6a840eb",
    linux_arm64: "eff65261156100e5d94a6b3dec313d532fddfe19ae1590bf7a2b4f2699128356",
    darwin_x64: "edf5a507008b0d2ef4959575772772770586409c1f6f74dabf19cbe7ec341ced",
    darwin_arm64: "d942f3ad147250c9edbaab3fed9e482f98d3b59ba10ae97b8d75647e3ade492c"
  }
};
var DEFAULT_BASE = "https://github.com/gitleaks/gitleaks/releases/download";
function platform() {
  const osName = { linux: "linux", darwin: "darwin", win32: "windows" }[process.platform] ?? process.platform;
  const arch = { x64: "x64", arm64: "arm64", ia32: "x32", arm: "armv7" }[process.arch] ?? process.arch;
  return `${osName}_${arch}`;
}
async function findGitleaks(ctx, version) {
  for (const name of ["gitleaks", "betterleaks"]) {
    for (const dir of (ctx.env.PATH ?? "").split(path.delimiter)) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return { bin: candidate, source: `${name} from PATH` };
    }
  }
  const plat = platform();
  const archiveName = `gitleaks_${version}_${plat}.tar.gz`;
  const base = (ctx.env.LAUNCHGATE_GITLEAKS_BASE_URL || DEFAULT_BASE).replace(/\/$/, "");
  const bin = await ctx.installTool({
    name: "gitleaks",
    version,
    archiveUrl: `${base}/v${version}/${archiveName}`,
    archiveName,
    checksumsUrl: `${base}/v${version}/gitleaks_${version}_checksums.txt`,
    pinnedSha256: PINNED_GITLEAKS[version]?.[plat],
    binary: "gitleaks"
  });
  return {
    bin,
    source: `gitleaks ${version} release (SHA-256 verified${PINNED_GITLEAKS[version]?.[plat] ? " against the pinned hash" : ""})`
  };
}
async function runGitleaks(ctx, bin, target, configFile) {
  const report = path.join(ctx.tempDir, `gitleaks-${process.pid}-${Date.now()}.json`);
  const common = [
    "--report-format",
    "json",
    "--report-path",
    report,
    "--exit-code",
    "0",
    "--no-banner",
    "--log-level",
    "error",
    ...configFile ? ["--config", configFile] : []
  ];
  const runs = target.revs ? [["git", `--log-opts=${target.revs.join(" ")}`, ...common, "."]] : (target.paths?.length ? target.paths : ["."]).map((p) => ["dir", ...common, p]);
  const hits = [];
  for (const args of runs) {
    const res = await ctx.exec(bin, args, { ignoreReturnCode: true });
    if (res.exitCode !== 0)
      throw new Error(
        `gitleaks ${args[0]} failed (exit ${res.exitCode}): ${res.stderr.trim().split("\n").slice(-2).join(" ")}`
      );
    let findings;
    try {
      findings = JSON.parse(readFileSync(report, "utf8"));
    } catch (err) {
      throw new Error(`gitleaks wrote no readable report: ${err.message}`);
    } finally {
      rmSync(report, { force: true });
    }
    for (const f of findings) {
      const file = f.File.split(path.sep).join("/").replace(/^\.\//, "");
      const commit = f.Commit || void 0;
      hits.push({
        ruleId: f.RuleID,
        description: f.Description ?? f.RuleID,
        file,
        line: f.StartLine,
        endLine: f.EndLine ?? f.StartLine,
        column: f.StartColumn ?? 1,
        secret: f.Secret,
        match: f.Match ?? f.Secret,
        commit,
        author: f.Author ? `${f.Author}${f.Email ? ` <${f.Email}>` : ""}` : void 0,
        date: f.Date,
        entropy: f.Entropy ?? 0,
        fingerprint: commit ? `${commit}:${file}:${f.RuleID}:${f.StartLine}` : `${file}:${f.RuleID}:${f.StartLine}`
      });
    }
  }
  return hits;
}

// src/checks/secret-scan/ignore-file.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
function readIgnoreFile(cwd) {
  const file = path2.join(cwd, ".gitleaksignore");
  if (!existsSync2(file)) return /* @__PURE__ */ new Set();
  return new Set(
    readFileSync2(file, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
  );
}
function isIgnored(fingerprint, commit, ignores) {
  if (ignores.has(fingerprint)) return true;
  return commit !== void 0 && ignores.has(fingerprint.slice(commit.length + 1));
}

// src/checks/secret-scan/range.ts
var ZERO = /^0+$/;
async function git(ctx, args) {
  return ctx.exec("git", args, { ignoreReturnCode: true });
}
async function exists(ctx, rev) {
  return (await git(ctx, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).exitCode === 0;
}
async function ensureFullHistory(ctx) {
  const shallow = await git(ctx, ["rev-parse", "--is-shallow-repository"]);
  if (shallow.exitCode !== 0)
    throw new UserError(`${ctx.cwd} is not a git repository (use mode: tree to scan files only).`);
  if (shallow.stdout.trim() !== "true") return;
  ctx.log.info("Shallow clone: fetching the full history to scan it.");
  const fetched = await git(ctx, ["fetch", "--unshallow", "--quiet", "--no-tags"]);
  const still = (await git(ctx, ["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
  if (fetched.exitCode !== 0 || still) {
    throw new UserError(
      `The clone is shallow and the rest of its history could not be fetched (${fetched.stderr.trim().split("\n")[0] || "git fetch --unshallow fetched nothing"}). Set fetch-depth: 0 on actions/checkout.`
    );
  }
}
async function requireRev(ctx, rev, what) {
  if (!await exists(ctx, rev)) {
    throw new UserError(
      `The ${what} '${rev}' is not in this clone. Set fetch-depth: 0 on actions/checkout, or fetch it (git fetch origin ${rev}).`
    );
  }
}
async function resolveRange(ctx, mode, base, head) {
  const event = ctx.event;
  const p = event.payload;
  if (mode === "diff") {
    if (!base) throw new UserError(`Input 'base' is required with mode: diff.`);
    await requireRev(ctx, base, "base");
    await requireRev(ctx, head, "head");
    return { revs: [`${base}..${head}`], label: `${base}..${head}`, mustHaveCommits: false };
  }
  if (mode === "history") return { revs: ["HEAD"], label: "full history of HEAD", mustHaveCommits: false };
  if (event.name === "pull_request" || event.name === "pull_request_target") {
    const b = p.pull_request?.base?.sha;
    const h = p.pull_request?.head?.sha ?? "HEAD";
    if (!b)
      throw new UserError(`The ${event.name} event has no pull_request.base.sha; use mode: diff with base and head.`);
    await requireRev(ctx, b, "pull request base");
    const headRev = await exists(ctx, h) ? h : "HEAD";
    return {
      revs: [`${b}..${headRev}`],
      label: `pull request #${p.pull_request?.number ?? "?"} (${b.slice(0, 7)}..${headRev.slice(0, 7)})`,
      mustHaveCommits: true
    };
  }
  if (event.name === "merge_group") {
    const b = p.merge_group?.base_sha;
    const h = p.merge_group?.head_sha ?? "HEAD";
    if (!b) throw new UserError("The merge_group event has no merge_group.base_sha.");
    await requireRev(ctx, b, "merge queue base");
    return {
      revs: [`${b}..${await exists(ctx, h) ? h : "HEAD"}`],
      label: `merge queue ${b.slice(0, 7)}..${String(h).slice(0, 7)}`,
      mustHaveCommits: true
    };
  }
  if (event.name === "push") {
    const after = p.after && await exists(ctx, p.after) ? p.after : "HEAD";
    const before = p.before;
    const defaultBranch = p.repository?.default_branch;
    if (before && !ZERO.test(before) && await exists(ctx, before)) {
      return {
        revs: [`${before}..${after}`],
        label: `pushed commits ${before.slice(0, 7)}..${after.slice(0, 7)}`,
        mustHaveCommits: !p.deleted && before !== p.after
      };
    }
    const remoteDefault = defaultBranch ? `refs/remotes/origin/${defaultBranch}` : void 0;
    if (remoteDefault && await exists(ctx, remoteDefault)) {
      const ref = p.ref;
      if (ref === `refs/heads/${defaultBranch}`)
        return {
          revs: [after],
          label: `default branch ${defaultBranch} (new or rewritten: full history)`,
          mustHaveCommits: true
        };
      return {
        revs: [after, "--not", remoteDefault],
        label: `commits not on ${defaultBranch}`,
        mustHaveCommits: false
      };
    }
    throw new UserError(
      `Cannot tell which commits this push added (before=${before ?? "none"} is ${before && !ZERO.test(before) ? "not in the clone" : "a new branch"}, and origin/${defaultBranch ?? "<default branch>"} is not fetched). Set fetch-depth: 0 on actions/checkout.`
    );
  }
  return { revs: ["HEAD"], label: "full history of HEAD", mustHaveCommits: false };
}
async function countCommits(ctx, revs) {
  const out = await git(ctx, ["rev-list", "--count", ...revs]);
  if (out.exitCode !== 0) throw new Error(`git rev-list failed: ${out.stderr.trim()}`);
  return Number(out.stdout.trim());
}

// src/checks/secret-scan/entropy.ts
function shannonEntropy(text2) {
  if (!text2) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of text2) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  const length = [...text2].length;
  for (const n of counts.values()) {
    const p = n / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

// src/checks/secret-scan/scanner.ts
var INLINE_ALLOW = "gitleaks:allow";
var Scanner = class {
  constructor(ruleSet) {
    this.ruleSet = ruleSet;
    const keywords = [...new Set(ruleSet.rules.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
    for (const k of keywords) {
      this.implied.set(
        k,
        keywords.filter((other) => other !== k && k.includes(other))
      );
      for (let i = 1; i < k.length; i++)
        if (keywords.some((other) => other.startsWith(k.slice(i)) || k.slice(i).startsWith(other)))
          this.mayOverlap.add(k);
    }
    this.keywordRegex = keywords.length ? new RegExp(keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g") : void 0;
    this.alwaysRun = ruleSet.rules.filter((r) => r.keywords.length === 0);
  }
  ruleSet;
  keywordRegex;
  /** keyword → the keywords that contain it (so finding `sk_live` also counts as finding `sk`). */
  implied = /* @__PURE__ */ new Map();
  /** Keywords after which another keyword may start inside the match (a suffix of one is a prefix of another). */
  mayOverlap = /* @__PURE__ */ new Set();
  alwaysRun;
  rulesFor(text2) {
    if (!this.keywordRegex) return this.alwaysRun;
    const lower = text2.toLowerCase();
    const found = /* @__PURE__ */ new Set();
    const re = this.keywordRegex;
    re.lastIndex = 0;
    let m;
    while (m = re.exec(lower)) {
      found.add(m[0]);
      for (const k of this.implied.get(m[0]) ?? []) found.add(k);
      if (this.mayOverlap.has(m[0])) re.lastIndex = m.index + 1;
    }
    if (found.size === 0) return this.alwaysRun;
    return this.ruleSet.rules.filter((r) => r.keywords.length === 0 || r.keywords.some((k) => found.has(k)));
  }
  scan(fragment) {
    const hits = [];
    if (this.pathAllowed(fragment.file, fragment.commit, this.ruleSet.allowlists)) return hits;
    let lineStarts;
    const lineAt = (offset) => {
      lineStarts ??= computeLineStarts(fragment.text);
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (lineStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    for (const rule of this.rulesFor(fragment.text)) {
      if (rule.path && !rule.path.test(fragment.file)) continue;
      if (!rule.regex) {
        hits.push(this.hit(rule, fragment, 0, 0, fragment.file, fragment.file));
        continue;
      }
      const re = rule.regex;
      re.lastIndex = 0;
      let m;
      while (m = re.exec(fragment.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const secret = rule.secretGroup ? m[rule.secretGroup] ?? "" : m.slice(1).find((g) => g) ?? m[0];
        if (!secret) continue;
        if (rule.entropy && shannonEntropy(secret) < rule.entropy) continue;
        const startLine = lineAt(m.index + Math.max(0, m[0].indexOf(secret)));
        lineStarts ??= computeLineStarts(fragment.text);
        const lineText = fragment.text.slice(lineStarts[startLine], lineStarts[startLine + 1] ?? fragment.text.length).replace(/\n$/, "");
        if (lineText.includes(INLINE_ALLOW)) continue;
        if (this.allowed(secret, m[0], lineText, fragment, [...rule.allowlists, ...this.ruleSet.allowlists])) continue;
        const secretOffset = m.index + Math.max(0, m[0].indexOf(secret));
        const hit = this.hit(rule, fragment, startLine, secretOffset - lineStarts[startLine], secret, m[0]);
        hit.endLine = fragment.lines ? fragment.lines[lineAt(m.index + m[0].length - 1)] ?? hit.line : lineAt(m.index + m[0].length - 1) + 1;
        hits.push(hit);
      }
    }
    return dropGenericDuplicates(hits);
  }
  hit(rule, fragment, lineIndex, column, secret, match) {
    const line = fragment.lines ? fragment.lines[lineIndex] ?? lineIndex + 1 : lineIndex + 1;
    const fingerprint = fragment.commit ? `${fragment.commit}:${fragment.file}:${rule.id}:${line}` : `${fragment.file}:${rule.id}:${line}`;
    return {
      ruleId: rule.id,
      description: rule.description,
      file: fragment.file,
      line,
      endLine: line,
      column: column + 1,
      secret,
      match,
      commit: fragment.commit,
      author: fragment.author,
      date: fragment.date,
      entropy: shannonEntropy(secret),
      fingerprint
    };
  }
  pathAllowed(file, commit, lists) {
    return lists.some(
      (a) => a.regexes.length === 0 && a.stopwords.length === 0 && (a.paths.length > 0 && a.paths.some((p) => p.test(file)) || commit !== void 0 && a.paths.length === 0 && a.commits.includes(commit))
    );
  }
  allowed(secret, match, line, fragment, lists) {
    const lowerSecret = secret.toLowerCase();
    for (const a of lists) {
      const target = a.regexTarget === "match" ? match : a.regexTarget === "line" ? line : secret;
      const checks = [];
      if (a.commits.length) checks.push(fragment.commit !== void 0 && a.commits.includes(fragment.commit));
      if (a.paths.length) checks.push(a.paths.some((p) => p.test(fragment.file)));
      if (a.regexes.length) checks.push(a.regexes.some((r) => r.test(target)));
      if (a.stopwords.length) checks.push(a.stopwords.some((w) => lowerSecret.includes(w)));
      if (checks.length === 0) continue;
      if (a.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean)) return true;
    }
    return false;
  }
};
function dropGenericDuplicates(hits) {
  if (hits.length < 2) return hits;
  const specific = hits.filter((h) => !h.ruleId.startsWith("generic"));
  return hits.filter(
    (h) => !h.ruleId.startsWith("generic") || !specific.some((s) => s.line === h.line && (s.secret.includes(h.secret) || h.secret.includes(s.secret)))
  );
}
function computeLineStarts(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

// src/checks/secret-scan/tree.ts
import { readdirSync, readFileSync as readFileSync3, statSync } from "node:fs";
import path3 from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
function isBinary(buf) {
  const n = Math.min(buf.length, 8e3);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
function* treeFragments(cwd, roots, stats, maxBytes) {
  const walk = function* (rel, explicit) {
    const abs = path3.join(cwd, rel);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (!explicit && SKIP_DIRS.has(path3.basename(rel))) return;
      for (const name of readdirSync(abs).sort()) yield* walk(rel === "." ? name : path3.join(rel, name), false);
      return;
    }
    if (!st.isFile()) return;
    if (st.size > maxBytes) {
      stats.hugeSkipped++;
      return;
    }
    const buf = readFileSync3(abs);
    if (isBinary(buf)) {
      stats.binarySkipped++;
      return;
    }
    stats.files++;
    stats.bytes += buf.length;
    yield { file: rel.split(path3.sep).join("/"), text: buf.toString("utf8") };
  };
  for (const root of roots.length ? roots : ["."]) yield* walk(path3.normalize(root), true);
}

// src/checks/secret-scan/index.ts
var MAX_FRAGMENT_BYTES = 10 * 1024 * 1024;
var secretScan = defineCheck({
  name: "secret-scan",
  section: "secrets",
  title: "launchgate secret scan",
  description: "Fails when a commit, the working tree or a deployed bundle carries a key or token; never prints the secret.",
  branding: { icon: "lock", color: "red" },
  inputs: {
    mode: choice(
      "What to scan: auto (PR commits, pushed commits, or full history on schedule), diff (base..head), history, or tree (working files only).",
      "auto",
      ["auto", "diff", "history", "tree"]
    ),
    base: text("Base ref or SHA for mode diff."),
    head: text("Head ref or SHA for mode diff.", "HEAD"),
    engine: choice(
      "Scanner: builtin (TypeScript rules plus a gitleaks-format config) or gitleaks (the gitleaks/betterleaks binary).",
      "builtin",
      ["builtin", "gitleaks"]
    ),
    "rules-config": text("gitleaks-format TOML rules file; .gitleaks.toml is used when present."),
    "gitleaks-version": text("gitleaks release to download when engine is gitleaks and none is on PATH.", "8.28.0"),
    paths: list("Folders or files a tree scan is limited to (e.g. the build output dist/), one per line."),
    urls: list("Deployed pages whose same-origin scripts and source maps are scanned, one per line."),
    sarif: text(
      "Where to write the SARIF 2.1.0 file for github/codeql-action/upload-sarif.",
      "launchgate-secrets.sarif"
    )
  },
  outputs: {
    findings: { description: "Number of secrets found." },
    sarif: { description: "Path of the SARIF file." }
  },
  async run(inputs, ctx) {
    const started = performance.now();
    const configPath = inputs["rules-config"] || (existsSync3(path4.join(ctx.cwd, ".gitleaks.toml")) ? ".gitleaks.toml" : "");
    let ruleSet = builtinRuleSet();
    if (configPath) {
      const abs = path4.resolve(ctx.cwd, configPath);
      if (!existsSync3(abs)) throw new UserError(`Input 'rules-config': cannot read ${configPath} (no such file).`);
      ruleSet = loadGitleaksConfig(readFileSync4(abs, "utf8"), configPath);
    }
    const scanner = new Scanner(ruleSet);
    const ignores = readIgnoreFile(ctx.cwd);
    const stats = { commits: 0, files: 0, bytes: 0, binarySkipped: 0, hugeSkipped: 0 };
    const hits = [];
    const notes = [];
    let scope;
    let engineLabel = inputs.engine === "builtin" ? `builtin (${ruleSet.rules.length} rules from ${ruleSet.source})` : "gitleaks";
    if (inputs.urls.length > 0) {
      let bundle;
      try {
        bundle = await scanDeployedBundles(inputs.urls, scanner);
      } catch (err) {
        throw new UserError(`Input 'urls': ${errorMessage(err)}`);
      }
      hits.push(...bundle.hits);
      stats.files += bundle.fetched.length;
      stats.bytes += bundle.bytes;
      notes.push(...bundle.problems.map((p) => `could not check: ${p}`));
      scope = `deployed pages and their scripts (${bundle.fetched.length} fetched)`;
      if (bundle.fetched.length === 0)
        throw new Error(`none of the urls could be fetched: ${bundle.problems.join("; ")}`);
    } else if (inputs.mode === "tree") {
      scope = inputs.paths.length ? `working tree: ${inputs.paths.join(", ")}` : "working tree";
      for (const p of inputs.paths)
        if (!existsSync3(path4.resolve(ctx.cwd, p)))
          throw new UserError(`Input 'paths': ${p} does not exist under ${ctx.cwd}.`);
      if (inputs.engine === "gitleaks") {
        const gl = await findGitleaks(ctx, inputs["gitleaks-version"]);
        engineLabel = gl.source;
        hits.push(
          ...await runGitleaks(
            ctx,
            gl.bin,
            { paths: inputs.paths },
            configPath ? path4.resolve(ctx.cwd, configPath) : void 0
          )
        );
        for (const _ of treeFragments(ctx.cwd, inputs.paths, stats, MAX_FRAGMENT_BYTES)) void _;
      } else {
        for (const fragment of treeFragments(ctx.cwd, inputs.paths, stats, MAX_FRAGMENT_BYTES))
          hits.push(...scanner.scan(fragment));
      }
    } else {
      await ensureFullHistory(ctx);
      const range = await resolveRange(ctx, inputs.mode, inputs.base, inputs.head);
      scope = range.label;
      const expected = await countCommits(ctx, range.revs);
      if (expected === 0 && range.mustHaveCommits) {
        throw new Error(
          `${range.label} resolves to no commits (git rev-list ${range.revs.join(" ")}): nothing was scanned, so nothing can pass.`
        );
      }
      if (inputs.engine === "gitleaks") {
        const gl = await findGitleaks(ctx, inputs["gitleaks-version"]);
        engineLabel = gl.source;
        hits.push(
          ...await runGitleaks(
            ctx,
            gl.bin,
            { revs: range.revs },
            configPath ? path4.resolve(ctx.cwd, configPath) : void 0
          )
        );
        for await (const _ of addedFragments(ctx.cwd, range.revs, stats, MAX_FRAGMENT_BYTES)) void _;
      } else {
        for await (const fragment of addedFragments(ctx.cwd, range.revs, stats, MAX_FRAGMENT_BYTES))
          hits.push(...scanner.scan(fragment));
      }
      if (stats.commits < expected)
        throw new Error(
          `git listed ${expected} commits in ${range.label} but only ${stats.commits} were read: refusing to pass a partial scan.`
        );
    }
    const findings = [];
    const rows = [];
    let ignored = 0;
    for (const hit of hits) {
      ctx.secrets.add(hit.secret);
      if (isIgnored(hit.fingerprint, hit.commit, ignores)) {
        ignored++;
        continue;
      }
      const shown = redactMatch(hit.secret);
      const where = hit.url ? ` (served at ${hit.url})` : "";
      const origin = hit.commit ? ` in ${hit.commit.slice(0, 7)}${hit.author ? ` by ${hit.author}` : ""}${hit.date ? ` on ${hit.date.slice(0, 10)}` : ""}` : "";
      findings.push({
        ruleId: hit.ruleId,
        severity: "error",
        title: hit.description,
        message: `${origin ? `Added${origin}` : "Found"}${where}: ${shown}. Rotate it now (it is in the history), then remove it and load it from a secret store. If it is not a secret, add the fingerprint to .gitleaksignore.`,
        file: hit.file,
        line: hit.line,
        endLine: hit.endLine,
        column: hit.column,
        fingerprint: hit.fingerprint
      });
      rows.push([
        hit.ruleId,
        `${hit.file}:${hit.line}${hit.column > 1 ? `:${hit.column}` : ""}`,
        hit.commit ? hit.commit.slice(0, 7) : "\u2014",
        hit.author ?? "\u2014",
        hit.date?.slice(0, 10) ?? "\u2014",
        `\`${shown}\``,
        `\`${hit.fingerprint}\``
      ]);
    }
    for (const note of notes)
      findings.push({ ruleId: "could-not-check", severity: "error", title: "Could not check", message: note });
    const scanned = `Scanned ${scope} with ${engineLabel}: ${stats.commits} commit(s), ${stats.files} file(s), ${formatBytes(stats.bytes)}${stats.binarySkipped ? `; ${stats.binarySkipped} binary file(s) skipped` : ""}${stats.hugeSkipped ? `; ${stats.hugeSkipped} file(s) over ${formatBytes(MAX_FRAGMENT_BYTES)} skipped` : ""}${ignored ? `; ${ignored} finding(s) ignored by .gitleaksignore` : ""}.`;
    ctx.log.info(scanned);
    const sections = [{ title: "Scanned", markdown: scanned }];
    if (rows.length)
      sections.push({
        title: "Secrets found",
        markdown: table(["Rule", "Location", "Commit", "Author", "Date", "Match (redacted)", "Fingerprint"], rows)
      });
    const sarifPath = path4.resolve(ctx.cwd, inputs.sarif);
    mkdirSync(path4.dirname(sarifPath), { recursive: true });
    const report = buildReport("secret-scan", { findings, metrics: {} }, "error", performance.now() - started);
    writeFileSync(sarifPath, JSON.stringify(ctx.secrets.redactDeep(toSarif([report])), null, 2) + "\n");
    return {
      findings,
      metrics: {
        scope,
        engine: engineLabel,
        commits: stats.commits,
        files: stats.files,
        bytes: stats.bytes,
        binarySkipped: stats.binarySkipped,
        hugeSkipped: stats.hugeSkipped,
        ignored,
        mbPerSecond: stats.bytes / 1e6 / Math.max(1e-3, (performance.now() - started) / 1e3)
      },
      sections,
      outputs: { findings: String(findings.filter((f) => f.ruleId !== "could-not-check").length), sarif: sarifPath }
    };
  }
});
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export {
  toSarif,
  secretScan
};
