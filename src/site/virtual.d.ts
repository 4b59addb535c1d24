/** The pages' data, which the facts integration (src/integration/data-module.ts) serves. */
declare module "virtual:dalian-facts/data" {
  const data: import("./site-data.ts").SiteData;
  export default data;
}
