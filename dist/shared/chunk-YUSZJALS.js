import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  toSarif
} from "./chunk-UT4UKEQE.js";
import {
  scanSlice
} from "./chunk-N2ETQYXT.js";
import {
  scanTreeFiles,
  treeFragments
} from "./chunk-ADUIT6II.js";
import {
  CHUNK_BYTES,
  GITLEAKS_DEFAULT,
  Scanner,
  addedFragments,
  defaultRuleSet,
  emptyStats,
  loadGitleaksConfig
} from "./chunk-BCQVQAJ7.js";
import {
  applyVerification,
  baseUrlsFromEnv,
  verificationMetrics,
  verificationSection,
  verifyFindings
} from "./chunk-MB3FMXI4.js";
import {
  bundledEntry
} from "./chunk-EYPTBNW2.js";
import {
  HttpClient,
  NetworkError
} from "./chunk-74U225BG.js";
import {
  redactMatch
} from "./chunk-CFSFGSYM.js";
import {
  defineCheck
} from "./chunk-MJ7T7JTD.js";
import {
  bool,
  choice,
  list,
  text
} from "./chunk-6OF2CFES.js";
import {
  external_exports
} from "./chunk-CVLCJVI7.js";
import {
  buildReport,
  table
} from "./chunk-BXRRTBT6.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  __commonJS,
  __export,
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// node_modules/source-map-js/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map-js/lib/base64.js"(exports) {
    init_define_LAUNCHGATE_GATES();
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
    init_define_LAUNCHGATE_GATES();
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
    init_define_LAUNCHGATE_GATES();
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
      var path6 = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path6 = url.path;
      }
      var isAbsolute = exports.isAbsolute(path6);
      var parts = [];
      var start = 0;
      var i = 0;
      while (true) {
        start = i;
        i = path6.indexOf("/", start);
        if (i === -1) {
          parts.push(path6.slice(start));
          break;
        } else {
          parts.push(path6.slice(start, i));
          while (i < path6.length && path6[i] === "/") {
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
      path6 = parts.join("/");
      if (path6 === "") {
        path6 = isAbsolute ? "/" : ".";
      }
      if (url) {
        url.path = path6;
        return urlGenerate(url);
      }
      return path6;
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
    init_define_LAUNCHGATE_GATES();
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
    init_define_LAUNCHGATE_GATES();
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
    init_define_LAUNCHGATE_GATES();
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
    init_define_LAUNCHGATE_GATES();
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
    init_define_LAUNCHGATE_GATES();
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
    init_define_LAUNCHGATE_GATES();
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
    init_define_LAUNCHGATE_GATES();
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
    init_define_LAUNCHGATE_GATES();
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// src/checks/secret-scan/index.ts
var secret_scan_exports = {};
__export(secret_scan_exports, {
  secretScan: () => secretScan
});
init_define_LAUNCHGATE_GATES();
import { existsSync as existsSync4 } from "node:fs";
import path5 from "node:path";

// src/checks/secret-scan/bundles.ts
init_define_LAUNCHGATE_GATES();
var import_source_map_js = __toESM(require_source_map(), 1);
var MAX_SCRIPTS = 50;
var MAX_BYTES = 5 * 1024 * 1024;
var MAX_REDIRECTS = 5;
var REDIRECT_STATUS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
function scriptSources(html) {
  const out = [];
  const lower = html.toLowerCase();
  for (let at = lower.indexOf("<script"); at >= 0; at = lower.indexOf("<script", at + 7)) {
    const close = lower.indexOf(">", at);
    if (close < 0) break;
    const tag = html.slice(at, close);
    if (/^<script[\s/]/i.test(tag + " ")) {
      const m = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag);
      if (m) out.push(m[1]);
    }
    at = close - 7;
  }
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
  const get = async (start) => {
    let url = start;
    let res;
    for (let hop = 0; ; hop++) {
      res = await client.send({ method: "GET", url, headers: {} }, { followRedirects: false });
      const location = res.headers.location;
      if (!REDIRECT_STATUS.has(res.status) || !location) break;
      const next = new URL(location, url);
      if (!origins.has(next.origin))
        throw new Error(
          `${url} redirects to ${next.origin}, outside the origins of the given urls (${[...origins].join(", ")}): not followed`
        );
      if (hop >= MAX_REDIRECTS) throw new Error(`${start}: more than ${MAX_REDIRECTS} redirects`);
      url = next.href;
    }
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

// src/checks/secret-scan/failure-sarif.ts
init_define_LAUNCHGATE_GATES();
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
function failureSarif(check, reason) {
  const sarif = toSarif([buildReport(check, { findings: [], metrics: {} }, "error", 0)]);
  return {
    ...sarif,
    runs: sarif.runs.map((run) => ({
      ...run,
      invocations: [
        {
          executionSuccessful: false,
          toolExecutionNotifications: [
            { level: "error", descriptor: { id: "could-not-check" }, message: { text: `Could not check: ${reason}` } }
          ]
        }
      ]
    }))
  };
}
function withFailureSarif(def, sarifPath) {
  return {
    ...def,
    async run(inputs, ctx) {
      try {
        return await def.run(inputs, ctx);
      } catch (err) {
        const where = sarifPath(inputs);
        if (where) writeSarifFile(ctx, where, failureSarif(def.name, errorMessage(err)));
        throw err;
      }
    }
  };
}
function writeSarifFile(ctx, where, sarif) {
  const file = path.resolve(ctx.cwd, where);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(ctx.secrets.redactDeep(sarif), null, 2) + "\n");
  return file;
}

// src/checks/secret-scan/gitleaks-engine.ts
init_define_LAUNCHGATE_GATES();
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";
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
async function findGitleaks(ctx, version, userSha256 = "") {
  for (const name of ["gitleaks", "betterleaks"]) {
    for (const dir of (ctx.env.PATH ?? "").split(path2.delimiter)) {
      const candidate = path2.join(dir, name);
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
    pinnedSha256: userSha256 || PINNED_GITLEAKS[version]?.[plat],
    binary: "gitleaks"
  });
  return { bin, source: `gitleaks ${version} release (${verifiedHow(version, plat, userSha256)})` };
}
function verifiedHow(version, plat, userSha256) {
  if (userSha256) return "SHA-256 matched the gitleaks-sha256 input";
  if (PINNED_GITLEAKS[version]?.[plat]) return "SHA-256 matched the hash launchgate pins for this release";
  return "SHA-256 matched only the checksums file served beside the archive, which proves it downloaded intact, not that it is genuine; set gitleaks-sha256 to pin it";
}
function stripAnsi(text2) {
  return text2.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "");
}
async function runGitleaks(ctx, bin, target, configText, ignores) {
  const work = mkdtempSync(path2.join(ctx.tempDir, "gitleaks-"));
  try {
    return await runIn(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  async function runIn(work2) {
    const report = path2.join(work2, "report.json");
    const configFile = path2.join(work2, "gitleaks.toml");
    writeFileSync2(configFile, configText ?? GITLEAKS_DEFAULT.toml);
    const ignoreFile = path2.join(work2, ".gitleaksignore");
    writeFileSync2(ignoreFile, [...ignores].join("\n") + "\n");
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
      "--gitleaks-ignore-path",
      ignoreFile,
      "--config",
      configFile
    ];
    const runs = target.revs ? [["git", `--log-opts=${target.revs.join(" ")}`, ...common, "."]] : (target.paths?.length ? target.paths : ["."]).map((p) => ["dir", ...common, p]);
    const hits = [];
    for (const args of runs) {
      const res = await ctx.exec(bin, args, { ignoreReturnCode: true });
      if (res.exitCode !== 0)
        throw new Error(
          `gitleaks ${args[0]} failed (exit ${res.exitCode}): ${stripAnsi(res.stderr).trim().split("\n").slice(-2).join(" ")}`
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
        const file = f.File.split(path2.sep).join("/").replace(/^\.\//, "");
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
          fingerprint: commit ? `${commit}:${file}:${f.RuleID}:${f.StartLine}` : `${file}:${f.RuleID}:${f.StartLine}`,
          offset: 0
        });
      }
    }
    return hits;
  }
}

// src/checks/secret-scan/history-pool.ts
init_define_LAUNCHGATE_GATES();
import { spawn } from "node:child_process";
import os from "node:os";
import { Worker } from "node:worker_threads";
var THREADS_ENV = "LAUNCHGATE_SECRET_SCAN_THREADS";
var MIN_CORES_FOR_THREADS = 3;
var MAX_DEFAULT_THREADS = 8;
var MIN_PARALLEL_COMMITS = 16;
var SHARE_PER_THREAD = 2;
var TAIL_SLICES_PER_THREAD = 3;
var MAX_SLICE_COMMITS = 1e3;
var threadsSchema = external_exports.coerce.number().int().min(1).max(64);
function historyThreads(env) {
  const raw = env[THREADS_ENV]?.trim();
  if (!raw) {
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    return cores >= MIN_CORES_FOR_THREADS ? Math.min(MAX_DEFAULT_THREADS, cores) : 1;
  }
  const parsed = threadsSchema.safeParse(raw);
  if (!parsed.success)
    throw new UserError(
      `${THREADS_ENV}=${JSON.stringify(raw.slice(0, 40))} is not a thread count: use a whole number from 1 to 64 (empty: one per core).`
    );
  return parsed.data;
}
var HistoryThreads = class {
  constructor(entry, count) {
    this.entry = entry;
    for (let t = 0; t < count; t++) {
      const worker = new Worker(entry);
      worker.unref();
      worker.on("error", (err) => this.failure ??= new Error(`a history scan thread failed: ${err.message}`));
      worker.on("exit", (code) => this.failure ??= new Error(`a history scan thread stopped early (exit ${code})`));
      this.workers.push(worker);
    }
  }
  entry;
  workers = [];
  /** Why a thread cannot be used (it failed or stopped before it had work). */
  failure;
  close() {
    for (const worker of this.workers) {
      worker.removeAllListeners("exit");
      void worker.terminate();
    }
  }
};
function startHistoryThreads(threads, entry = bundledWorker()) {
  return threads > 1 && entry ? new HistoryThreads(entry, threads - 1) : void 0;
}
async function scanHistoryRange(scan) {
  try {
    return await scanRange(scan);
  } finally {
    scan.started?.close();
  }
}
async function scanRange(scan) {
  const { cwd, revs, scanner, stats } = scan;
  const single = async () => {
    const hits2 = [];
    for await (const fragment of addedFragments(cwd, revs, stats))
      for (const hit of scanner.scan(fragment)) hits2.push(hit);
    return { hits: hits2, threads: 1 };
  };
  if (scan.threads <= 1) return single();
  const commits = await revList(cwd, revs);
  if (commits.length < (scan.minParallelCommits ?? MIN_PARALLEL_COMMITS)) return single();
  const slices = sliceCommits(commits, scan.threads);
  const entry = scan.workerEntry === void 0 ? scan.started?.entry ?? bundledWorker() : scan.workerEntry;
  const threads = entry ? Math.min(scan.threads, slices.length) : 1;
  const results = await runPool(entry, slices, { ...scan.setup, cwd }, threads, scanner, scan.started);
  const hits = [];
  const files = /* @__PURE__ */ new Set();
  for (const result of results) {
    const s = result.stats;
    stats.commits += s.commits;
    stats.bytes += s.bytes;
    stats.chunked += s.chunked;
    stats.binaryFiles.push(...s.binaryFiles);
    for (const file of result.files) files.add(file);
    for (const hit of result.hits) hits.push(hit);
  }
  stats.files += files.size;
  return { hits, threads };
}
function sliceCommits(commits, threads) {
  const floor = Math.max(1, Math.ceil(commits.length / (threads * TAIL_SLICES_PER_THREAD)));
  const slices = [];
  for (let i = 0; i < commits.length; ) {
    const share = Math.ceil((commits.length - i) / (threads * SHARE_PER_THREAD));
    const size = Math.min(MAX_SLICE_COMMITS, Math.max(floor, share));
    slices.push({ index: slices.length, commits: commits.slice(i, i + size) });
    i += size;
  }
  return slices;
}
async function revList(cwd, revs) {
  const child = spawn("git", ["rev-list", ...revs, "--"], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const out = [];
  let stderr = "";
  child.stdout.on("data", (d) => out.push(d));
  child.stderr.on("data", (d) => stderr = (stderr + d).slice(-4096));
  const code = await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (c) => resolve(c ?? -1));
  });
  if (code !== 0)
    throw new Error(`git rev-list failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" ")}`);
  return Buffer.concat(out).toString("latin1").split("\n").filter(Boolean);
}
function bundledWorker() {
  return bundledEntry(import.meta.url, "secret-history-worker.js");
}
async function runPool(entry, slices, setup, threads, scanner, started) {
  const results = new Array(slices.length);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const workers = [];
  let done = 0;
  let failure;
  let wake = () => void 0;
  const allDone = new Promise((resolve) => wake = resolve);
  const settle = (result) => {
    if (result.error !== void 0) fail(new Error(result.error));
    else {
      results[result.index] = result;
      if (++done === slices.length) wake();
    }
  };
  const fail = (err) => {
    failure ??= err;
    Atomics.store(counter, 0, slices.length);
    wake();
  };
  let running = entry ? threads - 1 : 0;
  let ownDone = false;
  const checkMissing = () => {
    if (ownDone && running === 0 && done < slices.length)
      fail(new Error(`history scan threads stopped with ${slices.length - done} slice(s) unread`));
  };
  try {
    if (started?.failure) throw started.failure;
    if (entry)
      for (let t = 1; t < threads; t++) {
        const worker = started?.workers[t - 1] ?? new Worker(entry);
        worker.ref();
        worker.postMessage({ setup, slices: slices.map((s) => s.commits), counter });
        workers.push(worker);
        worker.on("message", settle);
        worker.on("error", (err) => fail(new Error(`a history scan thread failed: ${err.message}`)));
        worker.removeAllListeners("exit");
        worker.on("exit", (code) => {
          running--;
          if (code !== 0) fail(new Error(`a history scan thread stopped (exit ${code})`));
          else checkMissing();
        });
      }
    for (let i = Atomics.add(counter, 0, 1); i < slices.length; i = Atomics.add(counter, 0, 1))
      settle(await scanSlice(setup.cwd, slices[i], scanner));
    ownDone = true;
    checkMissing();
    await allDone;
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners("exit");
      void worker.terminate();
    }
  }
  if (failure) throw failure;
  return results;
}

// src/checks/secret-scan/ignore-file.ts
init_define_LAUNCHGATE_GATES();
function parseIgnoreFile(text2) {
  return new Set(
    text2.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
  );
}
function isIgnored(fingerprint, commit, ignores) {
  if (ignores.has(fingerprint)) return true;
  return commit !== void 0 && ignores.has(fingerprint.slice(commit.length + 1));
}

// src/checks/secret-scan/range.ts
init_define_LAUNCHGATE_GATES();
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
    return { revs: [`${base}..${head}`], label: `${base}..${head}`, mustHaveCommits: true };
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

// src/checks/secret-scan/scan-config.ts
init_define_LAUNCHGATE_GATES();
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path3 from "node:path";
var IGNORE_FILE = ".gitleaksignore";
async function loadScanConfig(ctx, inputs) {
  const configName = inputs["rules-config"] || (existsSync2(path3.join(ctx.cwd, ".gitleaks.toml")) ? ".gitleaks.toml" : "");
  if (configName && !existsSync2(path3.resolve(ctx.cwd, configName)))
    throw new UserError(`Input 'rules-config': cannot read ${configName} (no such file).`);
  const headText = (name) => name && existsSync2(path3.resolve(ctx.cwd, name)) ? readFileSync2(path3.resolve(ctx.cwd, name), "utf8") : void 0;
  const headConfig = headText(configName);
  const headIgnore = headText(IGNORE_FILE);
  const isPr = ctx.event.name === "pull_request" || ctx.event.name === "pull_request_target";
  const baseSha = ctx.event.payload.pull_request?.base?.sha;
  if (!isPr || inputs["trust-pr-config"] || headConfig === void 0 && headIgnore === void 0) {
    return {
      ruleSet: headConfig !== void 0 ? loadGitleaksConfig(headConfig, configName) : defaultRuleSet(),
      configText: headConfig,
      ignores: parseIgnoreFile(headIgnore ?? ""),
      findings: []
    };
  }
  if (!baseSha || (await git2(ctx, ["cat-file", "-e", `${baseSha}^{commit}`])).exitCode !== 0)
    throw new UserError(
      `This pull request's ${[configName, headIgnore !== void 0 ? IGNORE_FILE : ""].filter(Boolean).join(" and ")} must be read from its base commit ${baseSha?.slice(0, 7) ?? "(none in the event)"}, which is not in this clone. Set fetch-depth: 0 on actions/checkout, or trust-pr-config: true to use the pull request's own files.`
    );
  const baseText = async (name) => {
    if (!name) return void 0;
    const rel = path3.relative(ctx.cwd, path3.resolve(ctx.cwd, name)).split(path3.sep).join("/");
    const res = await git2(ctx, ["show", `${baseSha}:./${rel}`]);
    return res.exitCode === 0 ? res.stdout : void 0;
  };
  const baseConfig = await baseText(configName);
  const baseIgnore = await baseText(IGNORE_FILE);
  const findings = [];
  for (const [name, head, base] of [
    [configName, headConfig, baseConfig],
    [IGNORE_FILE, headIgnore, baseIgnore]
  ]) {
    if (!name || head === void 0 || head === base) continue;
    const before = new Set((base ?? "").split("\n").map((l) => l.trim()));
    const added = head.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#") && !before.has(l));
    if (added.length === 0) continue;
    findings.push({
      ruleId: "pr-changes-scan-config",
      severity: "warning",
      title: `This pull request changes ${name}`,
      message: `${name} was read from the base commit ${baseSha.slice(0, 7)}, so this pull request's changes to it do not apply to its own scan. New entries: ${added.slice(0, 10).map((l) => JSON.stringify(l.slice(0, 120))).join(", ")}${added.length > 10 ? ` and ${added.length - 10} more` : ""}. Review them; set trust-pr-config: true to let pull requests use their own ${name}.`,
      file: name
    });
  }
  return {
    ruleSet: baseConfig !== void 0 ? loadGitleaksConfig(baseConfig, `${configName} (base commit ${baseSha.slice(0, 7)})`) : defaultRuleSet(),
    configText: baseConfig,
    ignores: parseIgnoreFile(baseIgnore ?? ""),
    findings
  };
}
async function git2(ctx, args) {
  return ctx.exec("git", args, { ignoreReturnCode: true });
}

// src/checks/secret-scan/starter.ts
init_define_LAUNCHGATE_GATES();
import { existsSync as existsSync3 } from "node:fs";
import path4 from "node:path";
function starter(repo) {
  if (!existsSync3(path4.join(repo.cwd, ".gitleaks.toml"))) return { values: { mode: "auto" } };
  return {
    values: { mode: "auto", "rules-config": ".gitleaks.toml" },
    found: [".gitleaks.toml (used as the secret-scan rules)"]
  };
}

// src/checks/secret-scan/rule-table.ts
init_define_LAUNCHGATE_GATES();
function secretRulesTable() {
  const cell = (s) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
  const rows = ["| Rule | What it finds | Source |", "| --- | --- | --- |"];
  for (const r of defaultRuleSet().rules) {
    const what = r.regex ? cell(r.description) : `${cell(r.description)} (the file itself, by its name)`;
    rows.push(`| \`${r.id}\` | ${what} | ${r.origin} |`);
  }
  return rows.join("\n");
}

// src/checks/secret-scan/index.ts
var INPUTS = {
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
  "trust-pr-config": bool(
    "On pull requests, use the pull request's own .gitleaks.toml and .gitleaksignore. Off: they are read from the base commit, so a pull request cannot silence its own scan.",
    "false"
  ),
  "gitleaks-version": text("gitleaks release to download when engine is gitleaks and none is on PATH.", "8.28.0"),
  "gitleaks-sha256": text(
    "SHA-256 of the gitleaks release archive for this platform, to pin a gitleaks-version launchgate does not pin itself."
  ),
  paths: list(
    "Folders or files a tree scan is limited to (e.g. the build output dist/), relative to the working directory or absolute, one per line."
  ),
  urls: list("Deployed pages whose same-origin scripts and source maps are scanned, one per line."),
  verify: bool(
    "Check each key found against its provider's read-only identity endpoint (GitHub, GitLab, Slack, Stripe, AWS STS, OpenAI, Anthropic, SendGrid, npm) and mark it live, revoked or unknown; a live key fails with an annotation starting LIVE. Each key is sent to its own provider's API host only, over HTTPS.",
    "false"
  ),
  "verify-fails-only-live": bool(
    "With verify: fail on live keys only; revoked and unverified findings become warnings.",
    "false"
  ),
  sarif: text(
    "Where to write the SARIF 2.1.0 file for github/codeql-action/upload-sarif (empty: a private temporary folder; the sarif output names it)."
  )
};
var definition = defineCheck({
  name: "secret-scan",
  section: "secrets",
  impact: {
    default: "data",
    reach: "everyone",
    fix: "Revoke the key at its provider, issue a new one into the secrets store, then remove it from the code."
  },
  starter,
  readmeTables: { "rules:secret-scan": secretRulesTable },
  title: "launchgate secret scan",
  description: "Fails when a commit, the working tree or a deployed bundle carries a key or token; never prints the secret.",
  branding: { icon: "lock", color: "red" },
  inputs: INPUTS,
  outputs: {
    findings: { description: "Number of secrets found." },
    sarif: { description: "Path of the SARIF file." }
  },
  async run(inputs, ctx) {
    const started = performance.now();
    const sha = inputs["gitleaks-sha256"].trim().toLowerCase();
    if (sha && !/^[0-9a-f]{64}$/.test(sha))
      throw new UserError(`Input 'gitleaks-sha256': ${JSON.stringify(sha)} is not a SHA-256 (64 hex digits).`);
    const readsHistory = !inputs.urls.length && inputs.mode !== "tree" && inputs.engine === "builtin";
    const threadCount = readsHistory ? historyThreads(ctx.env) : 1;
    const threads = readsHistory ? startHistoryThreads(threadCount) : void 0;
    const config = await loadScanConfig(ctx, inputs);
    const scanner = new Scanner(config.ruleSet);
    const stats = emptyStats();
    const gitleaks = () => findGitleaks(ctx, inputs["gitleaks-version"], sha);
    const builtinLabel = `builtin (${config.ruleSet.rules.length} rules from ${config.ruleSet.source})`;
    const outcome = inputs.urls.length > 0 ? await scanUrls(inputs.urls, scanner, stats, builtinLabel) : inputs.mode === "tree" ? await scanTree(ctx, inputs, config, scanner, stats, builtinLabel, gitleaks) : await scanHistory(ctx, inputs, config, scanner, stats, builtinLabel, gitleaks, { threadCount, threads });
    const found = toFindings(ctx, outcome.hits, config.ignores);
    const { rows, ignoredByFile, silencedByPath } = found;
    let findings = found.findings;
    const verification = inputs.verify ? await verifyFindings(findings, {
      secretOf: (f) => found.secretOf.get(f),
      baseUrls: baseUrlsFromEnv(ctx.env),
      log: ctx.log
    }) : void 0;
    if (verification)
      findings = applyVerification(findings, verification, {
        failsOnlyLive: inputs["verify-fails-only-live"] === true
      });
    findings.push(...config.findings);
    for (const notice of config.ruleSet.notices ?? [])
      findings.push({ ruleId: "rule-set", severity: "notice", title: "Rule set", message: notice });
    for (const problem of outcome.problems)
      findings.push({ ruleId: "could-not-check", severity: "error", title: "Could not check", message: problem });
    const scanned = scannedLine(outcome, stats, ignoredByFile, silencedByPath);
    ctx.log.info(scanned);
    const sections = [{ title: "Scanned", markdown: scanned }];
    if (rows.length)
      sections.push({
        title: "Secrets found",
        markdown: table(["Rule", "Location", "Commit", "Author", "Date", "Match (redacted)", "Fingerprint"], rows)
      });
    if (verification) sections.push(verificationSection(verification));
    const sarifPath = writeSarif(
      ctx,
      inputs.sarif || path5.join(ctx.tempDir, "launchgate-secrets.sarif"),
      findings,
      started
    );
    return {
      findings,
      metrics: {
        scope: outcome.scope,
        engine: outcome.engineLabel,
        commits: stats.commits,
        files: stats.files,
        bytes: stats.bytes,
        binarySkipped: stats.binaryFiles.length,
        chunked: stats.chunked,
        ignored: ignoredByFile + silencedByPath,
        mbPerSecond: stats.bytes / 1e6 / Math.max(1e-3, (performance.now() - started) / 1e3),
        ...verification ? { verification: verificationMetrics(verification) } : {}
      },
      sections,
      outputs: {
        findings: String(findings.filter((f) => f.severity === "error" && f.ruleId !== "could-not-check").length),
        sarif: sarifPath
      }
    };
  }
});
var secretScan = withFailureSarif(definition, (inputs) => inputs.sarif);
async function scanUrls(urls, scanner, stats, engineLabel) {
  let bundle;
  try {
    bundle = await scanDeployedBundles(urls, scanner);
  } catch (err) {
    throw new UserError(`Input 'urls': ${errorMessage(err)}`);
  }
  stats.files += bundle.fetched.length;
  stats.bytes += bundle.bytes;
  if (bundle.fetched.length === 0) throw new Error(`none of the urls could be fetched: ${bundle.problems.join("; ")}`);
  return {
    hits: bundle.hits,
    scope: `deployed pages and their scripts (${bundle.fetched.length} fetched)`,
    engineLabel,
    problems: bundle.problems.map((p) => `could not check: ${p}`),
    remarks: []
  };
}
async function scanTree(ctx, inputs, config, scanner, stats, builtinLabel, gitleaks) {
  for (const p of inputs.paths)
    if (!existsSync4(path5.resolve(ctx.cwd, p)))
      throw new UserError(`Input 'paths': ${p} does not exist (looked for ${path5.resolve(ctx.cwd, p)}).`);
  const walk = { symlinksSkipped: [] };
  const hits = [];
  let engineLabel = builtinLabel;
  if (inputs.engine === "gitleaks") {
    const gl = await gitleaks();
    engineLabel = gl.source;
    hits.push(...await runGitleaks(ctx, gl.bin, { paths: inputs.paths }, config.configText, config.ignores));
    for (const _ of treeFragments(ctx.cwd, inputs.paths, stats, walk)) void _;
  } else {
    for (const hit of await scanTreeFiles(ctx.cwd, inputs.paths, stats, walk, scanner)) hits.push(hit);
  }
  if (inputs.paths.length > 0 && stats.files + stats.binaryFiles.length === 0)
    throw new UserError(
      `Input 'paths': ${inputs.paths.join(", ")} hold no file to scan (folders named .git and node_modules are skipped, symlinks out of the workspace are not followed). Nothing was checked, so nothing can pass.`
    );
  const remarks = walk.symlinksSkipped.length ? [`symlinks not followed: ${listSome(walk.symlinksSkipped)}`] : [];
  return {
    hits: dedupe(hits),
    scope: inputs.paths.length ? `working tree: ${inputs.paths.join(", ")}` : "working tree",
    engineLabel,
    problems: [],
    remarks
  };
}
async function scanHistory(ctx, inputs, config, scanner, stats, builtinLabel, gitleaks, pool) {
  await ensureFullHistory(ctx);
  const range = await resolveRange(ctx, inputs.mode, inputs.base, inputs.head);
  const expected = await countCommits(ctx, range.revs);
  if (expected === 0 && range.mustHaveCommits) {
    throw new Error(
      `${range.label} resolves to no commits (git rev-list ${range.revs.join(" ")}): nothing was scanned, so nothing can pass.` + (inputs.mode === "diff" ? " Is the range empty or reversed? base must be an ancestor of head." : "")
    );
  }
  const hits = [];
  const remarks = [];
  let engineLabel = builtinLabel;
  if (inputs.engine === "gitleaks") {
    const gl = await gitleaks();
    engineLabel = gl.source;
    hits.push(...await runGitleaks(ctx, gl.bin, { revs: range.revs }, config.configText, config.ignores));
    for await (const _ of addedFragments(ctx.cwd, range.revs, stats)) void _;
  } else {
    const scanned = await scanHistoryRange({
      cwd: ctx.cwd,
      revs: range.revs,
      scanner,
      stats,
      threads: pool.threadCount,
      started: pool.threads,
      setup: { configText: config.configText, ruleIds: config.ruleSet.rules.map((r) => r.id) }
    });
    hits.push(...scanned.hits);
    if (scanned.threads > 1) remarks.push(`read and scanned by ${scanned.threads} threads`);
  }
  if (stats.commits < expected)
    throw new Error(
      `git listed ${expected} commits in ${range.label} but only ${stats.commits} were read: refusing to pass a partial scan.`
    );
  return { hits: dedupe(hits), scope: range.label, engineLabel, problems: [], remarks };
}
function dedupe(hits) {
  const seen = /* @__PURE__ */ new Set();
  return hits.filter((h) => {
    const key = `${h.fingerprint}\0${h.column}\0${h.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function toFindings(ctx, hits, ignores) {
  const findings = [];
  const secretOf = /* @__PURE__ */ new Map();
  const rows = [];
  let ignoredByFile = 0;
  let silencedByPath = 0;
  for (const hit of hits) {
    if (hit.secret !== hit.file) ctx.secrets.add(hit.secret);
    if (isIgnored(hit.fingerprint, hit.commit, ignores)) {
      ignoredByFile++;
      continue;
    }
    if (hit.suppressed) {
      silencedByPath++;
      continue;
    }
    const shown = redactMatch(hit.secret);
    const where = hit.url ? ` (served at ${hit.url})` : "";
    const origin = hit.commit ? ` in ${hit.commit.slice(0, 7)}${hit.author ? ` by ${hit.author}` : ""}${hit.date ? ` on ${hit.date.slice(0, 10)}` : ""}` : "";
    const what = hit.secret === hit.file ? "This file" : shown;
    const finding = {
      ruleId: hit.ruleId,
      severity: "error",
      title: hit.description,
      message: `${origin ? `Added${origin}` : "Found"}${where}: ${what}. Rotate it now (it is in the history), then remove it and load it from a secret store. If it is not a secret, add the fingerprint to .gitleaksignore.`,
      file: hit.file,
      line: hit.line || void 0,
      endLine: hit.endLine || void 0,
      column: hit.line ? hit.column : void 0,
      fingerprint: hit.fingerprint
    };
    findings.push(finding);
    if (hit.secret !== hit.file) secretOf.set(finding, hit.secret);
    rows.push([
      hit.ruleId,
      `${hit.file}${hit.line ? `:${hit.line}` : ""}${hit.column > 1 ? `:${hit.column}` : ""}`,
      hit.commit ? hit.commit.slice(0, 7) : "\u2014",
      hit.author ?? "\u2014",
      hit.date?.slice(0, 10) ?? "\u2014",
      hit.secret === hit.file ? "(the file)" : `\`${shown}\``,
      `\`${hit.fingerprint}\``
    ]);
  }
  return { findings, secretOf, rows, ignoredByFile, silencedByPath };
}
function scannedLine(outcome, stats, ignoredByFile, silencedByPath) {
  const parts = [
    `${stats.commits} commit(s), ${stats.files} file(s), ${formatBytes(stats.bytes)}`,
    stats.binaryFiles.length ? `${stats.binaryFiles.length} binary file(s) checked by name only: ${listSome(stats.binaryFiles)}` : "",
    stats.chunked ? `${stats.chunked} file(s) over ${formatBytes(CHUNK_BYTES)} scanned in overlapping chunks` : "",
    ignoredByFile ? `${ignoredByFile} finding(s) ignored by .gitleaksignore` : "",
    silencedByPath ? `${silencedByPath} finding(s) silenced by a path allowlist` : "",
    ...outcome.remarks
  ].filter(Boolean);
  return `Scanned ${outcome.scope} with ${outcome.engineLabel}: ${parts.join("; ")}.`;
}
function writeSarif(ctx, where, findings, started) {
  const report = buildReport("secret-scan", { findings, metrics: {} }, "error", performance.now() - started);
  return writeSarifFile(ctx, where, toSarif([report]));
}
function listSome(items, max = 10) {
  return items.slice(0, max).join(", ") + (items.length > max ? ` and ${items.length - max} more` : "");
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export {
  secretScan,
  secret_scan_exports
};
