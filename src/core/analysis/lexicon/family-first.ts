// Family names that come first in Chinese, Korean and Vietnamese names ("Xi Jinping", "Lee Jae-myung",
// "Nguyen Phu Trong"): the common ones, in the romanisations news uses, Hong Kong's, Singapore's and
// Malaysia's among them ("Goh", "Ng", "Wong").

/** Family names written before the given name: "Xi" alone is "Xi Jinping", not his given name. */
export const FAMILY_FIRST: ReadonlySet<string> = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Tang Han Cao
Deng Feng Xiao Cheng Cai Peng Pan Yuan Yu Dong Xi Ye Jiang Du Wei Su Lu Ding Ren Shen Yao Fan Jin Tan Fu Zou
Xiong Bai Qin Wen Hou Kong Mao Shi Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Song
Yoo Hong Moon Ko Bae Baek Nam Noh Roh Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Ngo Duong Ly
Ng Ong Goh Chua Koh Teo Chan Wong Leong Yeo Toh Lau Tay Cheong Chong Chia Quek Seah Lai Foo Yap Loh Heng Kwok
Cheung Leung Tsang Chow Yip Tse Fong Choy`.split(/\s+/),
);
