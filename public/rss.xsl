<?xml version="1.0" encoding="utf-8"?>
<!--
  Shows rss.xml as a readable Chinese page when it is opened in a browser: what a feed is, how
  to subscribe, and the latest items. Feed readers ignore it. Styles come from feed.css beside
  it (the site's security policy allows no inline styles).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <xsl:output method="html" encoding="utf-8" indent="no" doctype-system="about:legacy-compat" />
  <xsl:template match="/rss/channel">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title><xsl:value-of select="title" />（RSS 订阅）</title>
        <link rel="stylesheet" href="feed.css" />
      </head>
      <body>
        <header class="feed-header">
          <p class="feed-kicker">RSS 订阅源</p>
          <h1><xsl:value-of select="title" /></h1>
          <p><xsl:value-of select="description" /></p>
        </header>
        <main>
          <section class="feed-help" aria-labelledby="how">
            <h2 id="how">如何订阅</h2>
            <p>这是本站的 RSS 订阅源，不是普通网页。把本页的网址复制到 RSS 阅读器（如手机或电脑上的订阅应用）中，就能在有新命名的文明单位、道德模范、讲坛、图片展和公示时收到更新。</p>
            <p><a><xsl:attribute name="href"><xsl:value-of select="link" /></xsl:attribute>返回网站首页</a></p>
          </section>
          <h2>最新动态</h2>
          <ol class="feed-items">
            <xsl:for-each select="item">
              <li>
                <p class="feed-meta"><span class="feed-category"><xsl:value-of select="category" /></span><time><xsl:attribute name="datetime"><xsl:value-of select="dc:date" /></xsl:attribute><xsl:value-of select="concat(substring(dc:date, 1, 4), '年', number(substring(dc:date, 6, 2)), '月', number(substring(dc:date, 9, 2)), '日')" /></time></p>
                <h3><a><xsl:attribute name="href"><xsl:value-of select="link" /></xsl:attribute><xsl:value-of select="title" /></a></h3>
                <p><xsl:value-of select="description" /></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
