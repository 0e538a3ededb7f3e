import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS,
  checkByName
} from "./chunk-4EW7X5J7.js";
import "./chunk-N4UFMZ4P.js";
import "./chunk-46TX5R7Z.js";
import "./chunk-LXIZBHBC.js";
import "./chunk-NBHDHJKL.js";
import "./chunk-CSPRTRIV.js";
import "./chunk-HS7PNFP5.js";
import "./chunk-QL7ERZ33.js";
import "./chunk-JQKGKFI6.js";
import "./chunk-5KVXQQFD.js";
import "./chunk-YFTASVIK.js";
import "./chunk-IECWWCNW.js";
import "./chunk-DZSQ2GNV.js";
import "./chunk-V5DM6DG7.js";
import "./chunk-OURMOYTS.js";
import "./chunk-SCOKDKLF.js";
import "./chunk-MP7QXNYR.js";
import "./chunk-5B5BFPD2.js";
import "./chunk-EAHPUWOT.js";
import "./chunk-TVYVNFBQ.js";
import "./chunk-3PNGOSCQ.js";
import "./chunk-X7YZQBMX.js";
import "./chunk-HSSO2BYN.js";
import "./chunk-3SQOOG6E.js";
import "./chunk-Q3S2AIDP.js";
import "./chunk-BRXJLU2M.js";
import "./chunk-OS5SADBN.js";
export {
  CHECKS,
  checkByName
};
